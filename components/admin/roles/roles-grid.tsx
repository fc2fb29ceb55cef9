import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { formatDate } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listRoles, type RoleListParams } from "@/lib/staff-roles/service";

const BASE = "/admin/roles";

export async function RolesGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: RoleListParams;
  notice?: string;
}) {
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("roles"), getLocale(), listRoles(params)]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="roles-table"
      rowTestId="role-row"
      create={staff.can("users/role/create")}
      notice={notice}
      search
      columns={[
        { key: "name", sort: "name", cell: (r) => r.name },
        { key: "rules", cell: (r) => r.ruleCount },
        { key: "groups", cell: (r) => r.groupCount, testId: "role-groups" },
        { key: "createdAt", sort: "createdAt", cell: (r) => formatDate(r.createdAt, locale) },
      ]}
      actions={[
        linkAction(staff.can("users/role/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(staff.can("users/role/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
      ]}
    />
  );
}
