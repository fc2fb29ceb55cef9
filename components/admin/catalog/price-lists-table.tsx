import { getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { listPriceLists } from "@/lib/catalog/price-lists";
import type { PageSize } from "@/lib/grid/params";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/price-lists";

/** Price lists by name: a short list with no search or sorting, so its pager links carry the page alone. */
export async function PriceListsTable({
  staff,
  page,
  size,
  notice,
}: {
  staff: StaffSession;
  page: number;
  size: PageSize;
  notice?: string;
}) {
  const [t, { rows, total }] = await Promise.all([getTranslations("priceLists"), listPriceLists(page, size)]);
  const href = (c: { page?: number; size?: PageSize }) =>
    `${BASE}?${new URLSearchParams({ page: String(c.page ?? page), size: String(c.size ?? size) }).toString()}`;
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={{ page, size }}
      href={href}
      total={total}
      rows={rows}
      testId="price-lists-table"
      rowTestId="price-list-row"
      create={staff.can("catalog/price-list/create")}
      notice={notice}
      columns={[
        { key: "name", cell: (l) => l.name, className: "font-medium" },
        { key: "currency", cell: (l) => l.currency },
        { key: "entries", cell: (l) => l.entries },
        { key: "companies", cell: (l) => l.companies },
        { key: "customerGroups", cell: (l) => l.customerGroups },
      ]}
      actions={[
        linkAction(staff.can("catalog/price-list/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(
          staff.can("catalog/price-list/delete"),
          t("actions.delete"),
          (id) => `${BASE}/${id}/delete`,
          "danger",
        ),
      ]}
    />
  );
}
