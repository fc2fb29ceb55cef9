import { getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listGroups, type GroupListParams } from "@/lib/staff-groups/service";

const BASE = "/admin/groups";

export async function GroupsGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: GroupListParams;
  notice?: string;
}) {
  const [t, { rows, total }] = await Promise.all([getTranslations("groups"), listGroups(params, staff.can)]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="groups-table"
      rowTestId="group-row"
      create={staff.can("users/group/create")}
      notice={notice}
      search
      columns={[
        { key: "name", sort: "name", cell: (g) => g.name },
        // the roles' names are roles' data: a column only for viewers who may view roles
        {
          key: "roles",
          show: staff.can("users/role/view"),
          testId: "group-roles",
          cell: (g) =>
            g.roles && g.roles.length > 0 ? g.roles.join(", ") : <span className="text-slate-600">{t("noRoles")}</span>,
        },
        { key: "users", sort: "users", cell: (g) => g.userCount, testId: "group-users" },
      ]}
      actions={[
        linkAction(staff.can("users/group/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(staff.can("users/group/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
      ]}
    />
  );
}
