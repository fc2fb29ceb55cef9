import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { FilterSelect } from "@/components/ui/filter-fields";
import { formatPrice } from "@/lib/catalog/pricing";
import { listProductsForStaff, type ProductListParams } from "@/lib/catalog/service";
import { formatDate } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/products";

export async function ProductsGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: ProductListParams;
  notice?: string;
}) {
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations("products"),
    getLocale(),
    listProductsForStaff(params),
  ]);
  const statuses = (["active", "inactive"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }));
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="products-table"
      rowTestId="product-row"
      create={staff.can("catalog/product/create")}
      notice={notice}
      search={
        <FilterSelect
          name="status"
          label={t("statusFilter")}
          value={params.filters.status}
          all={t("status.all")}
          options={statuses}
        />
      }
      columns={[
        { key: "sku", sort: "sku", cell: (p) => p.sku, className: "font-mono text-xs" },
        { key: "name", sort: "name", cell: (p) => p.name },
        {
          key: "basePrice",
          sort: "basePrice",
          cell: (p) => formatPrice({ amount: p.basePrice, currency: p.currency }, locale),
        },
        { key: "status", cell: (p) => t(p.active ? "status.active" : "status.inactive") },
        { key: "visibility", cell: (p) => t(p.restricted ? "visibility.restricted" : "visibility.everyone") },
        { key: "createdAt", sort: "createdAt", cell: (p) => formatDate(p.createdAt, locale) },
      ]}
      actions={[
        linkAction(staff.can("catalog/product/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(staff.can("catalog/product/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
      ]}
    />
  );
}
