import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import type { StaffSession } from "@/lib/identity/staff-session";
import { formatPrice } from "@/lib/catalog/pricing";
import { listProductsForStaff, type ProductListParams, type ProductSort } from "@/lib/catalog/service";
import { gridHref } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";

const BASE = "/admin/products";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function ProductsGrid({ staff, params, notice }: { staff: StaffSession; params: ProductListParams; notice?: string }) {
  const [t, tc, locale, { rows, total }] = await Promise.all([getTranslations("products"), getTranslations("common"), getLocale(), listProductsForStaff(params)]);
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("catalog/product/edit");
  const canDelete = staff.can("catalog/product/delete");
  const sortHeader = (c: ProductSort) => (
    <SortHeader label={t(`columns.${c}`)} active={params.sort === c} dir={params.dir}
      href={gridHref(BASE, params, { sort: c, dir: params.sort === c && params.dir === "asc" ? "desc" : "asc", page: 1 })} />
  );
  const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;

  // a viewer who may not change anything sees no empty Actions column
  const hasActions = canEdit || canDelete;
  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("catalog/product/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}
      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")}>
        <label className="text-sm">
          <span className="font-medium">{t("statusFilter")}</span>
          <select name="status" defaultValue={params.filters.status ?? ""} className={inputClass}>
            <option value="">{t("status.all")}</option>
            <option value="active">{t("status.active")}</option>
            <option value="inactive">{t("status.inactive")}</option>
          </select>
        </label>
      </GridSearch>
      <GridTable
        testId="products-table" columns={hasActions ? 7 : 6} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{sortHeader("sku")}{sortHeader("name")}{sortHeader("basePrice")}{th(t("columns.status"))}{th(t("columns.visibility"))}{sortHeader("createdAt")}{hasActions && th(tc("actions"))}</tr>}
      >
        {rows.map((p) => (
          <tr key={p.id} className="border-b border-slate-100 last:border-0" data-testid="product-row">
            <td className="px-3 py-2 font-mono text-xs">{p.sku}</td>
            <td className="px-3 py-2">{p.name}</td>
            <td className="px-3 py-2">{formatPrice({ amount: p.basePrice, currency: p.currency }, locale)}</td>
            <td className="px-3 py-2">{t(p.active ? "status.active" : "status.inactive")}</td>
            <td className="px-3 py-2">{t(p.restricted ? "visibility.restricted" : "visibility.everyone")}</td>
            <td className="px-3 py-2">{formatDate(p.createdAt, locale)}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex gap-3">
                  {canEdit && <Link className="underline" href={`${BASE}/${p.id}/edit`}>{t("actions.edit")}</Link>}
                  {canDelete && <Link className="text-red-700 underline" href={`${BASE}/${p.id}/delete`}>{t("actions.delete")}</Link>}
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
