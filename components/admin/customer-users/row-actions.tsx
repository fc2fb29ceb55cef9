"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

import { useHydrated } from "@/components/ui/use-hydrated";

import { EnableButton } from "./enable-button";
import { ResetPasswordButton } from "./reset-password-button";
import { UnlockButton } from "./unlock-button";

/** `loginAsRefused`: why "Log in as a user" would be refused for this user now, or null when it would work. */
type RowUser = { id: string; companyId: string; enabled: boolean; locked: boolean; loginAsRefused: string | null };
/** What the signed-in staff user may do from the grid: decided once per page, the same for every row. */
export type RowPermissions = { edit: boolean; delete: boolean; viewCompany: boolean; impersonate: boolean };

/**
 * Oro's "More options" of one grid row. The items render only once the menu is opened: a page of
 * 100 rows then carries 100 small buttons instead of 100 menus with their confirm steps, which is
 * what kept the grid slow on the server. Disabled until hydrated, since only then can it open.
 */
export function RowActions({ may, label, ...user }: RowUser & { may: RowPermissions; label: string }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <div
      className="relative"
      data-testid="row-menu"
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <button
        type="button"
        className="cursor-pointer px-2 disabled:cursor-default"
        disabled={!hydrated}
        aria-label={label}
        title={label}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        …
      </button>
      {open && <RowMenuItems user={user} may={may} />}
    </div>
  );
}

/** View, edit, enable/disable, unlock, reset password, log in as a user (shown disabled with the reason where refused), delete, the company: each only with its permission. */
function RowMenuItems({ user, may }: { user: RowUser; may: RowPermissions }) {
  const t = useTranslations("customerUsers");
  const base = `/admin/customer-users/${user.id}`;
  return (
    <ul className="absolute right-0 z-10 mt-1 min-w-44 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow">
      <li>
        <Link className="underline" href={base}>
          {t("actions.view")}
        </Link>
      </li>
      {may.edit && (
        <li>
          <Link className="underline" href={`${base}/edit`}>
            {t("actions.edit")}
          </Link>
        </li>
      )}
      {may.edit && (
        <li>
          <EnableButton id={user.id} enabled={user.enabled} />
        </li>
      )}
      {may.edit && user.locked && (
        <li>
          <UnlockButton id={user.id} />
        </li>
      )}
      {may.edit && user.enabled && (
        <li>
          <ResetPasswordButton id={user.id} />
        </li>
      )}
      {/* a plain link, never prefetched: following it starts acting as the customer */}
      {may.impersonate &&
        (user.loginAsRefused === null ? (
          <li>
            <a className="underline" href={`${base}/impersonate`}>
              {t("actions.impersonate")}
            </a>
          </li>
        ) : (
          <li data-testid="impersonate-unavailable">
            <span aria-disabled="true" className="text-slate-400">
              {t("actions.impersonate")}
            </span>
            <span className="block text-xs text-slate-600">{user.loginAsRefused}</span>
          </li>
        ))}
      {may.delete && (
        <li>
          <Link className="underline text-red-800" href={`${base}/delete`}>
            {t("actions.delete")}
          </Link>
        </li>
      )}
      {may.viewCompany && (
        <li>
          <Link className="underline" href={`/admin/companies/${user.companyId}`}>
            {t("viewCompany")}
          </Link>
        </li>
      )}
    </ul>
  );
}
