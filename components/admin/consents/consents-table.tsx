import { getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { listConsents } from "@/lib/consents/service";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/consents";

/** Every consent on one page: there are a handful, so no search and no pager. */
export async function ConsentsTable({ staff, notice }: { staff: StaffSession; notice?: string }) {
  const [t, tc, rows] = await Promise.all([
    getTranslations("consents"),
    getTranslations("common"),
    listConsents(staff.can),
  ]);
  const yesNo = (v: boolean) => tc(v ? "yes" : "no");
  return (
    <AdminGrid
      t={t}
      base={BASE}
      rows={rows}
      testId="consents-table"
      rowTestId="consent-row"
      create={staff.can("content/consent/create")}
      notice={notice}
      columns={[
        { key: "code", cell: (c) => c.code, className: "font-mono text-xs" },
        { key: "name", cell: (c) => c.name },
        { key: "mandatory", cell: (c) => yesNo(c.mandatory) },
        { key: "active", cell: (c) => yesNo(c.active) },
        // the page is a CMS page: a column only for viewers who may view those
        {
          key: "page",
          show: staff.can("content/cms-page/view"),
          cell: (c) => (c.page ? `/pages/${c.page}` : ""),
          className: "font-mono text-xs",
        },
        { key: "accepted", cell: (c) => c.accepted },
      ]}
      actions={[
        linkAction(staff.can("content/consent/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(staff.can("content/consent/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
      ]}
    />
  );
}
