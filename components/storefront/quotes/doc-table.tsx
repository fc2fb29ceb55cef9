import Link from "next/link";
import type { ReactNode } from "react";

import { lastPageOrRedirect } from "@/lib/grid/pages";

/** A plain table of a storefront document list or its lines; `empty` replaces the body when there are no rows. */
export function DocTable({
  testId,
  headers,
  rows,
  empty,
}: {
  testId: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty?: string;
}) {
  if (rows.length === 0 && empty)
    return (
      <p className="text-sm text-slate-600" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="border-b border-slate-300 text-left">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100" data-testid={`${testId}-row`}>
              {r.cells.map((c, i) => (
                <td key={i} className="py-2 pr-3">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous / next for a storefront list whose only state is the page. */
export function ListPager({
  base,
  page,
  size,
  total,
  labels,
}: {
  base: string;
  page: number;
  size: number;
  total: number;
  labels: { previous: string; next: string };
}) {
  const pages = lastPageOrRedirect(page, total, size, (p) => (p > 1 ? `${base}?page=${p}` : base));
  if (pages === 1) return null;
  const link = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";
  return (
    <nav className="mt-4 flex justify-between text-sm">
      {page > 1 ? (
        <Link className={link} href={page === 2 ? base : `${base}?page=${page - 1}`}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      {page < pages ? (
        <Link className={link} href={`${base}?page=${page + 1}`}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export const pageOf = (raw: unknown) => {
  const n = Math.floor(Number(typeof raw === "string" ? raw : 1));
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1;
};
