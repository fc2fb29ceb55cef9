import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { TAB_PAGE_SIZE, tabHref, type ViewTab } from "@/lib/customer-users/tabs";
import { lastPageOrRedirect } from "@/lib/grid/pages";

/** Previous / next for one tab's list; hidden while everything fits on one page. */
export async function TabPager({ id, tab, page, total }: { id: string; tab: ViewTab; page: number; total: number }) {
  const t = await getTranslations("grid");
  const pages = lastPageOrRedirect(page, total, TAB_PAGE_SIZE, (p) => tabHref(id, tab, p));
  if (pages === 1) return null;
  const link = "rounded border border-slate-300 px-2 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-3 flex items-center gap-2 text-sm">
      {page > 1 ? (
        <Link className={link} href={tabHref(id, tab, page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span className={`${link} border-slate-200 bg-slate-100 text-slate-600`}>{t("previous")}</span>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className={link} href={tabHref(id, tab, page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span className={`${link} border-slate-200 bg-slate-100 text-slate-600`}>{t("next")}</span>
      )}
    </nav>
  );
}
