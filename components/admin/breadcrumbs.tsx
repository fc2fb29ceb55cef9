"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import type { NavSection } from "./admin-nav";

/** Sections whose records have a page of their own, so that a breadcrumb may link to it. */
const RECORD_PAGES = new Set([
  "/admin/companies",
  "/admin/customer-users",
  "/admin/mailbox",
  "/admin/orders",
  "/admin/quotes",
  "/admin/requests-for-quote",
]);

type Crumb = { label: string; href?: string };

/** An id (a cuid or a UUID) names a record: the crumb says "Details"; a number, key or locale is shown as it is. */
const isId = (segment: string) => /^[0-9a-z]{20,}$|^[0-9a-f-]{36}$/.test(segment);

function crumbsOf(pathname: string, sections: NavSection[], words: Record<string, string>): Crumb[] {
  const items = sections.flatMap((s) => s.items);
  const home = items.filter((i) => pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  if (!home) return [];
  const crumbs: Crumb[] = [{ label: home.label, href: home.href }];
  let path = home.href;
  pathname
    .slice(home.href.length + 1)
    .split("/")
    .forEach((segment, i) => {
      path = `${path}/${segment}`;
      const label = words[segment] ?? (isId(segment) ? words.details! : decodeURIComponent(segment));
      crumbs.push({ label, href: i === 0 && RECORD_PAGES.has(home.href) && !words[segment] ? path : undefined });
    });
  return crumbs;
}

/** Where a record's page or form sits: the list it belongs to, the record, the step; nothing on a list itself. */
export function Breadcrumbs({
  label,
  sections,
  words,
}: {
  label: string;
  sections: NavSection[];
  /** the labels of path segments: details, edit, new, delete ... */
  words: Record<string, string>;
}) {
  const crumbs = crumbsOf(usePathname(), sections, words);
  if (crumbs.length === 0) return null;
  return (
    <nav aria-label={label} className="mb-4 text-sm" data-testid="breadcrumbs">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={i} className="flex items-center gap-1">
              {i > 0 && <span aria-hidden="true">/</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-slate-900">
                  {c.label}
                </span>
              ) : c.href ? (
                <Link href={c.href} className="underline">
                  {c.label}
                </Link>
              ) : (
                <span>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
