import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridTable } from "@/components/ui/grid-table";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listPriceLists } from "@/lib/catalog/price-lists";
import type { PageSize } from "@/lib/grid/params";

const BASE = "/admin/price-lists";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function PriceListsTable({ staff, page, size, notice }: { staff: StaffSession; page: number; size: PageSize; notice?: string }) {
  const [t, tc, { rows, total }] = await Promise.all([getTranslations("priceLists"), getTranslations("common"), listPriceLists(page, size)]);
  const known = NOTICES.find((n) => n === notice);
  const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;
  const href = (c: { page?: number; size?: PageSize }) => `${BASE}?${new URLSearchParams({ page: String(c.page ?? page), size: String(c.size ?? size) }).toString()}`;
  // a viewer who may not change anything sees no empty Actions column
  const hasActions = staff.can("catalog/price-list/edit") || staff.can("catalog/price-list/delete");
  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("catalog/price-list/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}
      <GridTable
        testId="price-lists-table" columns={hasActions ? 6 : 5} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{th(t("columns.name"))}{th(t("columns.currency"))}{th(t("columns.entries"))}{th(t("columns.companies"))}{th(t("columns.customerGroups"))}{hasActions && th(tc("actions"))}</tr>}
      >
        {rows.map((l) => (
          <tr key={l.id} className="border-b border-slate-100 last:border-0" data-testid="price-list-row">
            <td className="px-3 py-2 font-medium">{l.name}</td>
            <td className="px-3 py-2">{l.currency}</td>
            <td className="px-3 py-2">{l.entries}</td>
            <td className="px-3 py-2">{l.companies}</td>
            <td className="px-3 py-2">{l.customerGroups}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex gap-3">
                  {staff.can("catalog/price-list/edit") && <Link className="underline" href={`${BASE}/${l.id}/edit`}>{t("actions.edit")}</Link>}
                  {staff.can("catalog/price-list/delete") && <Link className="text-red-700 underline" href={`${BASE}/${l.id}/delete`}>{t("actions.delete")}</Link>}
                </div>
              </td>
            )}
          </tr>
        ))}
      </GridTable>
      <Pagination page={page} size={size} total={total} href={href} />
    </section>
  );
}
