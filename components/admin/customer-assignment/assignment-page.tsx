import { getTranslations } from "next-intl/server";

import { NoAccess } from "@/components/admin/no-access";
import { ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { assignmentHref, type AssignmentView } from "@/lib/customer-assignment/params";
import { assignedCustomerUsers, candidateCustomerUsers } from "@/lib/customer-assignment/service";
import type { StaffSession } from "@/lib/identity/staff-session";

import { AssignmentEditor } from "./assignment-editor";

type Staff = { id: string; firstName: string; lastName: string };

/**
 * A GET form per list: the other list's state rides along in hidden fields, so searching one list
 * leaves the other where it was.
 */
function ListSearch({
  base,
  view,
  which,
  label,
  button,
}: {
  base: string;
  view: AssignmentView;
  which: "assigned" | "candidates";
  label: string;
  button: string;
}) {
  const other = which === "assigned" ? { key: "candidates", prefix: "" } : { key: "assigned", prefix: "a" };
  const prefix = which === "assigned" ? "a" : "";
  const o = view[other.key as "assigned" | "candidates"];
  return (
    <form
      method="get"
      action={base}
      role="search"
      className="mt-4 flex flex-wrap items-end gap-3"
      data-testid={`${which}-search`}
    >
      {which === "candidates" && <input type="hidden" name="tab" value="candidates" />}
      {o.q && <input type="hidden" name={`${other.prefix}q`} value={o.q} />}
      {o.page > 1 && <input type="hidden" name={`${other.prefix}page`} value={o.page} />}
      {o.size !== 25 && <input type="hidden" name={`${other.prefix}size`} value={o.size} />}
      {view[which].size !== 25 && <input type="hidden" name={`${prefix}size`} value={view[which].size} />}
      <label className="min-w-56 flex-1 text-sm">
        <span className="font-medium">{label}</span>
        <input name={`${prefix}q`} type="search" defaultValue={view[which].q} className={inputClass} />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {button}
      </button>
    </form>
  );
}

/**
 * The lists are customer users: read only for a viewer who may view them. The staff user assigned
 * to is named only to a viewer who may view staff users.
 */
export async function AssignmentPage({
  staff,
  user,
  view,
  notice,
}: {
  staff: StaffSession;
  user: Staff;
  view: AssignmentView;
  notice?: string;
}) {
  const base = `/admin/users/${user.id}/customers`;
  const canList = staff.can("customers/customer-user/view");
  const none = { rows: [], total: 0 };
  const [t, assigned, candidates] = await Promise.all([
    getTranslations("customerAssignment"),
    canList ? assignedCustomerUsers(user.id, view.assigned, staff.can) : none,
    canList ? candidateCustomerUsers(user.id, view.candidates, staff.can) : none,
  ]);
  const controls = (which: "assigned" | "candidates", total: number) => ({
    search: <ListSearch base={base} view={view} which={which} label={t("searchLabel")} button={t("searchButton")} />,
    pager: (
      <Pagination
        page={view[which].page}
        size={view[which].size}
        total={total}
        href={(change) => assignmentHref(base, view, which, change)}
      />
    ),
  });
  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">
          {staff.can("users/user/view") ? t("title", { name: `${user.firstName} ${user.lastName}` }) : t("titleNoName")}
        </h1>
        <ButtonLink variant="secondary" href="/admin/users">
          {t("back")}
        </ButtonLink>
      </div>
      {notice === "saved" && (
        <div className="mt-4">
          <Notice tone="success">{t("notice.saved")}</Notice>
        </div>
      )}
      {!canList && <NoAccess to="customerUsers" />}
      {/* keyed by what the server shows: new lists open on the tab the URL names (the staged choices are kept apart) */}
      {canList && (
        <AssignmentEditor
          key={[...assigned.rows, ...candidates.rows].map((r) => `${r.id}:${r.held}`).join(",")}
          staffUserId={user.id}
          canEdit={staff.can("users/customer-assignment/edit")}
          initialTab={view.tab}
          assigned={assigned.rows}
          candidates={candidates.rows}
          assignedControls={controls("assigned", assigned.total)}
          candidateControls={controls("candidates", candidates.total)}
          showCompany={staff.can("customers/company/view")}
        />
      )}
    </section>
  );
}
