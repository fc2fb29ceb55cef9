import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StaffSession } from "@/lib/auth/staff-session";
import { EnableButton } from "./enable-button";
import { ResetPasswordButton } from "./reset-password-button";
import { UnlockButton } from "./unlock-button";

/** Oro's "More options" per row: view, edit, enable/disable, unlock, reset password (enabled users only), delete, each only with its permission. */
export async function RowMenu({ staff, user }: { staff: StaffSession; user: { id: string; companyId: string; enabled: boolean; locked: boolean } }) {
  const t = await getTranslations("customerUsers");
  const base = `/admin/customer-users/${user.id}`;
  return (
    <details className="relative" data-testid="row-menu">
      <summary className="cursor-pointer list-none px-2" aria-label={t("moreOptions")} title={t("moreOptions")}>…</summary>
      <ul className="absolute right-0 z-10 mt-1 min-w-44 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow">
        <li><Link className="underline" href={base}>{t("actions.view")}</Link></li>
        {staff.can("customers/customer-user/edit") && <li><Link className="underline" href={`${base}/edit`}>{t("actions.edit")}</Link></li>}
        {staff.can("customers/customer-user/edit") && <li><EnableButton id={user.id} enabled={user.enabled} /></li>}
        {staff.can("customers/customer-user/edit") && user.locked && <li><UnlockButton id={user.id} /></li>}
        {staff.can("customers/customer-user/edit") && user.enabled && <li><ResetPasswordButton id={user.id} /></li>}
        {staff.can("customers/customer-user/delete") && <li><Link className="underline text-red-800" href={`${base}/delete`}>{t("actions.delete")}</Link></li>}
        {staff.can("customers/company/view") && <li><Link className="underline" href={`/admin/companies/${user.companyId}`}>{t("viewCompany")}</Link></li>}
      </ul>
    </details>
  );
}
