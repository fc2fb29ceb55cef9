import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid } from "@/components/ui/admin-grid";
import { inputClass } from "@/components/ui/field";
import { FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { Notice } from "@/components/ui/notice";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listOwnerApplications } from "@/lib/oauth-applications/list";
import {
  APPLICATION_STATUSES,
  SECTION_PAGE_SIZE,
  SECTION_PARAMS,
  sectionHref,
  type SectionState,
} from "@/lib/oauth-applications/params";
import { scopesOwnerMayHold } from "@/lib/oauth-applications/service";
import { oauthKeysStatus } from "@/lib/oauth/keys";
import { API_SCOPES } from "@/lib/oauth/scopes";

import { AddApplication } from "./add-application";
import { applicationColumns, menuApplication } from "./columns";
import { ApplicationRowMenu } from "./row-menu";

/**
 * The "OAuth Applications" section of a customer user's page: their applications, filtered by name
 * and status, with "Add Application" offering only the scopes the owner may hold now. Without usable
 * signing keys it says so instead of offering to create one.
 */
export async function OAuthApplicationsSection({
  customerUserId,
  staff,
  state,
}: {
  customerUserId: string;
  staff: StaffSession;
  state: SectionState;
}) {
  if (!staff.can("customers/oauth-application/view")) return null;
  const [t, tg, locale, keys, allowed, { rows, total }] = await Promise.all([
    getTranslations("oauthApplications"),
    getTranslations("grid"),
    getLocale(),
    oauthKeysStatus(),
    scopesOwnerMayHold(customerUserId),
    listOwnerApplications(customerUserId, state),
  ]);
  const may = {
    edit: staff.can("customers/oauth-application/edit"),
    delete: staff.can("customers/oauth-application/delete"),
  };
  const base = `/admin/customer-users/${customerUserId}`;
  return (
    <div id="oauth-applications" className="space-y-3 rounded-lg bg-white p-4 shadow" data-testid="oauth-section">
      <AdminGrid
        section
        toolbar={
          staff.can("customers/oauth-application/create") &&
          (keys.usable ? (
            <AddApplication customerUserId={customerUserId} scopes={allowed} />
          ) : (
            <Notice tone="error" testId="oauth-keys-unavailable">
              {t("keysUnavailable")}
            </Notice>
          ))
        }
        t={(key) => (key === "title" ? t("sectionTitle") : t(key))}
        rows={rows}
        testId="oauth-table"
        rowTestId="oauth-row"
        params={{ page: state.page, size: SECTION_PAGE_SIZE }}
        total={total}
        href={(change) => sectionHref(customerUserId, state, change.page ?? state.page)}
        filters={
          <form
            method="get"
            action={`${base}#oauth-applications`}
            className="mt-3 flex flex-wrap items-end gap-3"
            role="search"
          >
            <label className="min-w-56 flex-1 text-sm">
              <span className="font-medium">{t("filters.name")}</span>
              <input name={SECTION_PARAMS.name} defaultValue={state.name ?? ""} className={inputClass} />
            </label>
            <FilterSelect
              name={SECTION_PARAMS.status}
              label={t("filters.status")}
              value={state.status}
              all={tg("all")}
              options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
            <FilterButtons
              base={`${base}#oauth-applications`}
              submit={t("filters.submit")}
              reset={t("filters.reset")}
            />
          </form>
        }
        columns={applicationColumns(t, locale, false)}
        actions={[
          {
            allowed: may.edit || may.delete,
            render: (r) => (
              <ApplicationRowMenu
                app={menuApplication(r)}
                may={may}
                // what the application holds stays offered, though only the owner's scopes may be added
                scopes={API_SCOPES.filter((s) => allowed.includes(s) || r.scopes.includes(s))}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
