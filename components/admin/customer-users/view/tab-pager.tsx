import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { clampPage } from "@/lib/grid/clamp";
import { pageCount } from "@/lib/grid/params";
import { tabHref, TAB_PAGE_SIZE, type ViewTab } from "@/lib/customer-users/tabs";

/** Previous / next for one tab's list; hidden while everything fits on one page. */
export async function TabPager({ id, tab, page, total }: { id: string; tab: ViewTab; page: number; total: number }) {
  const t = await getTranslations("grid");
  clampPage(page, total, TAB_PAGE_SIZE, (last) => tabHref(id, tab, last));
  const pages = pageCount(total, TAB_PAGE_SIZE);
  if (pages === 1) return null;
  const link = "rounded border border-slate-300 px-2 py-1 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-3 flex items-center gap-2 text-sm">
      {page > 1 ? <Link className={link} href={tabHref(id, tab, page - 1)}>{t("previous")}</Link> : <span className={`${link} opacity-40`}>{t("previous")}</span>}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link className={link} href={tabHref(id, tab, page + 1)}>{t("next")}</Link> : <span className={`${link} opacity-40`}>{t("next")}</span>}
    </nav>
  );
}
