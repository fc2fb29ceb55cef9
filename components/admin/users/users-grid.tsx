import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { FilterSelect } from "@/components/ui/filter-fields";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import { STAFF_STATUSES } from "@/lib/staff-users/schema";
import { listUsers, type UserListParams, type UserRow } from "@/lib/staff-users/service";

import { StatusButton } from "./status-button";

const BASE = "/admin/users";

export async function UsersGrid({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: UserListParams;
  notice?: string;
}) {
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("users"), getLocale(), listUsers(params)]);
  const [tg, tc] = await Promise.all([getTranslations("grid"), getTranslations("common")]);
  const canEdit = staff.can("users/user/edit");
  const notDeleted = (u: UserRow) => u.status !== "DELETED";

  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="users-table"
      rowTestId="user-row"
      create={staff.can("users/user/create")}
      notice={notice}
      search={
        <FilterSelect
          name="status"
          label={t("columns.status")}
          value={params.filters.status}
          all={tg("all")}
          options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      }
      columns={[
        { key: "email", sort: "email", cell: (u) => u.email },
        { key: "firstName", sort: "firstName", cell: (u) => u.firstName },
        { key: "lastName", sort: "lastName", cell: (u) => u.lastName },
        {
          key: "lastLoginAt",
          sort: "lastLoginAt",
          cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : "—"),
        },
        { key: "status", sort: "status", cell: (u) => t(`status.${u.status}`), testId: "user-status" },
        {
          key: "isAgent",
          sort: "isAgent",
          cell: (u) =>
            u.isAgent && (
              <>
                <span aria-hidden="true">✓</span>
                <span className="sr-only">{tc("yes")}</span>
              </>
            ),
        },
      ]}
      actions={[
        linkAction(canEdit, t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        {
          allowed: canEdit,
          render: (u) => (
            <StatusButton
              id={u.id}
              to={u.status === "ACTIVE" ? "DEACTIVATED" : "ACTIVE"}
              label={u.status === "ACTIVE" ? t("actions.deactivate") : t("actions.activate")}
              name={`${u.firstName} ${u.lastName} (${u.email})`}
            />
          ),
        },
        {
          ...linkAction(
            staff.can("users/customer-assignment/view"),
            t("actions.assignCustomers"),
            (id) => `${BASE}/${id}/customers`,
          ),
          only: notDeleted,
        },
        {
          ...linkAction(staff.can("users/user/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
          only: notDeleted,
        },
      ]}
    />
  );
}
