import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listCmsPages } from "@/lib/cms/service";
import { gridHref, type GridParams } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";

const BASE = "/admin/cms-pages";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function CmsPagesTable({ staff, params, notice }: { staff: StaffSession; params: GridParams<"slug">; notice?: string }) {
  const [t, tc, { rows, total }, locale] = await Promise.all([getTranslations("cms"), getTranslations("common"), listCmsPages(params.q, params.page, params.size), getLocale()]);
  const known = NOTICES.find((n) => n === notice);
  const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;
  // a viewer who may not change anything sees no empty Actions column
  const hasActions = staff.can("content/cms-page/edit") || staff.can("content/cms-page/preview") || staff.can("content/cms-page/delete");
  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("content/cms-page/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}
      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")} />
      <GridTable
        testId="cms-pages-table" columns={hasActions ? 7 : 6} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{th(t("columns.slug"))}{th(t("columns.title"))}{th(t("columns.website"))}{th(t("columns.published"))}{th(t("columns.blocks"))}{th(t("columns.updatedAt"))}{hasActions && th(tc("actions"))}</tr>}
      >
        {rows.map((p) => (
          <tr key={p.id} className="border-b border-slate-100 last:border-0" data-testid="cms-page-row">
            <td className="px-3 py-2 font-mono text-xs">{p.slug}</td>
            <td className="px-3 py-2">{p.title}</td>
            <td className="px-3 py-2">{p.website ?? t("allWebsites")}</td>
            <td className="px-3 py-2">{tc(p.published ? "yes" : "no")}</td>
            <td className="px-3 py-2">{p.blocks}</td>
            <td className="px-3 py-2">{formatDate(p.updatedAt, locale)}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex gap-3">
                  {staff.can("content/cms-page/edit") && <Link className="underline" href={`${BASE}/${p.id}/edit`}>{t("actions.edit")}</Link>}
                  {staff.can("content/cms-page/preview") && <Link className="underline" href={`${BASE}/${p.id}/preview`}>{t("actions.preview")}</Link>}
                  {staff.can("content/cms-page/delete") && <Link className="text-red-700 underline" href={`${BASE}/${p.id}/delete`}>{t("actions.delete")}</Link>}
                </div>
              </td>
            )}
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
