"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export type NavSection = { title: string; items: { href: string; label: string }[] };

/**
 * The back-office menu; the entry of the page being shown (or of its record pages) carries
 * aria-current, and an entry just followed shows that its page is loading.
 */
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
                  <Pending />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

/**
 * While the page a link leads to loads, the link shows a pulsing dot; screen readers hear "Loading…"
 * from the page's own loading state (NavigationBusy), once.
 */
function Pending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return <span aria-hidden className="ml-2 inline-block size-2 animate-pulse rounded-full bg-current align-middle" />;
}
