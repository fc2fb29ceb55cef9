import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { lastPageOrRedirect } from "@/lib/grid/pages";

/** Previous / next for the product wall; the search stays in the URL. */
export async function ShopPager({ q, page, size, total }: { q: string; page: number; size: number; total: number }) {
  const t = await getTranslations("shop.products");
  const href = (p: number) =>
    `/products?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
  const pages = lastPageOrRedirect(page, total, size, href);
  const link = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span data-testid="shop-page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className={link} href={href(page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
