"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavSection = { title: string; items: { href: string; label: string }[] };

/** The back-office menu; the entry of the page being shown (or of its record pages) carries aria-current. */
export function AdminNav({ label, sections }: { label: string; sections: NavSection[] }) {
  const pathname = usePathname();
  const current = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="px-3">
      {sections.map((section) => (
        <div key={section.title} className="mb-4">
          <p className="px-2 text-xs font-semibold tracking-wide text-slate-300 uppercase">{section.title}</p>
          <ul className="mt-1">
            {section.items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current(item.href) ? "page" : undefined}
                  className="block rounded px-2 py-1.5 text-sm hover:bg-slate-800 aria-[current=page]:bg-slate-700 aria-[current=page]:font-semibold"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
