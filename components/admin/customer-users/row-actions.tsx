"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { MenuAction, MenuLink, MenuUnavailable, RowMenu } from "@/components/ui/menu";

import { StateActionDialog, type StateAction } from "./state-actions";

/** `loginAsRefused`: why "Log in as a user" would be refused for this user now, or null when it would work. */
type RowUser = {
  id: string;
  name: string;
  companyId: string;
  enabled: boolean;
  locked: boolean;
  loginAsRefused: string | null;
};
/** What the signed-in staff user may do from the grid: decided once per page, the same for every row. */
export type RowPermissions = { edit: boolean; delete: boolean; viewCompany: boolean; impersonate: boolean };

/**
 * Oro's "More options" of one grid row: view, edit, enable/disable, unlock, reset password, log in
 * as a user (shown disabled with the reason where refused), delete, the company; each only with its
 * permission. A change of state asks first in a dialog, and focus comes back to this row's button.
 */
export function RowActions({ may, label, ...user }: RowUser & { may: RowPermissions; label: string }) {
  const t = useTranslations("customerUsers");
  const trigger = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<StateAction | null>(null);
  const base = `/admin/customer-users/${user.id}`;
  return (
    <>
      <RowMenu ref={trigger} label={label} testId="row-menu">
        <MenuLink href={base}>{t("actions.view")}</MenuLink>
        {may.edit && <MenuLink href={`${base}/edit`}>{t("actions.edit")}</MenuLink>}
        {may.edit && (
          <MenuAction onSelect={() => setAsking(user.enabled ? "disable" : "enable")}>
            {t(user.enabled ? "actions.disable" : "actions.enable")}
          </MenuAction>
        )}
        {may.edit && user.locked && <MenuAction onSelect={() => setAsking("unlock")}>{t("actions.unlock")}</MenuAction>}
        {may.edit && user.enabled && (
          <MenuAction onSelect={() => setAsking("resetPassword")}>{t("actions.resetPassword")}</MenuAction>
        )}
        {/* a plain link, never prefetched: following it starts acting as the customer */}
        {may.impersonate &&
          (user.loginAsRefused === null ? (
            <MenuLink href={`${base}/impersonate`} native>
              {t("actions.impersonate")}
            </MenuLink>
          ) : (
            <MenuUnavailable reason={user.loginAsRefused} testId="impersonate-unavailable">
              {t("actions.impersonate")}
            </MenuUnavailable>
          ))}
        {may.delete && (
          <MenuLink href={`${base}/delete`} tone="danger">
            {t("actions.delete")}
          </MenuLink>
        )}
        {may.viewCompany && <MenuLink href={`/admin/companies/${user.companyId}`}>{t("viewCompany")}</MenuLink>}
      </RowMenu>
      <StateActionDialog
        action={asking}
        id={user.id}
        name={user.name}
        onClose={() => setAsking(null)}
        returnFocus={trigger}
      />
    </>
  );
}
