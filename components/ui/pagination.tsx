import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { lastPageOrRedirect } from "@/lib/grid/pages";
import { PAGE_SIZES, type PageSize } from "@/lib/grid/params";

/**
 * Pager and page-size links for a grid; `href` builds the URL for a page / size. `more`: the grid
 * counted no further than `total`, so it says "more than". `next`: the next page's own URL (one that
 * starts after this page's last row), in place of `href({ page: page + 1 })`.
 */
export async function Pagination({
  page,
  size,
  total,
  more = false,
  next,
  href,
}: {
  page: number;
  size: number;
  total: number;
  more?: boolean;
  next?: string;
  href: (change: { page?: number; size?: PageSize }) => string;
}) {
  const t = await getTranslations("grid");
  const pages = lastPageOrRedirect(page, total, size, (p) => href({ page: p }));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const link = "rounded border border-slate-300 px-2 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-4 text-sm">
      <p data-testid="grid-range">{t(more ? "showingMore" : "showing", { from, to, total })}</p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link className={link} href={href({ page: page - 1 })}>
            {t("previous")}
          </Link>
        ) : (
          <span className={`${link} border-slate-200 bg-slate-100 text-slate-600`}>{t("previous")}</span>
        )}
        <span>{t(more ? "pageOfMore" : "pageOf", { page, pages })}</span>
        {page < pages || more ? (
          <Link className={link} href={next ?? href({ page: page + 1 })}>
            {t("next")}
          </Link>
        ) : (
          <span className={`${link} border-slate-200 bg-slate-100 text-slate-600`}>{t("next")}</span>
        )}
      </div>
      <div className="flex items-center gap-1">
        <span>{t("perPage")}</span>
        {PAGE_SIZES.map((s) =>
          s === size ? (
            <span key={s} aria-current="true" className="rounded bg-slate-900 px-2 py-1 text-white">
              {s}
            </span>
          ) : (
            <Link key={s} className={link} href={href({ size: s, page: 1 })}>
              {s}
            </Link>
          ),
        )}
      </div>
    </nav>
  );
}
