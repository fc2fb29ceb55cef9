import { getTranslations } from "next-intl/server";

import { StateActionButton } from "@/components/admin/customer-users/state-actions";
import { OAuthApplicationsSection } from "@/components/admin/oauth-applications/applications-section";
import { NewDocument } from "@/components/admin/orders/new-document";
import { Button, buttonClass, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { QuickActionMode } from "@/lib/config/keys";
import type { ViewTab } from "@/lib/customer-users/tabs";
import type { CustomerUserView as View } from "@/lib/customer-users/view";
import { isLocked } from "@/lib/identity/shop-lockout";
import type { StaffSession } from "@/lib/identity/staff-session";
import { assistRefusals } from "@/lib/impersonation/service";
import type { SectionState } from "@/lib/oauth-applications/params";

import { AddressForm } from "./address-form";
import { Addresses } from "./addresses";
import { GeneralInfo } from "./general-info";
import { Permissions } from "./permissions";
import { QuickActions, type QuickAction } from "./quick-actions";
import { ViewTabs } from "./view-tabs";

const NOTICES = [
  "created",
  "created-welcome",
  "created-welcome-pending",
  "updated",
  "address-created",
  "order-created",
  "quote-created",
] as const;

/** A customer user's page: who they are, where they receive goods, what they may do, and their history. */
export async function CustomerUserView({
  user,
  staff,
  tab,
  page,
  mode,
  applications,
  notice,
}: {
  user: View;
  staff: StaffSession;
  tab: ViewTab;
  page: number;
  mode: QuickActionMode;
  /** the OAuth applications section's filters and page */
  applications: SectionState;
  notice?: string;
}) {
  const [t, te] = await Promise.all([getTranslations("customerUserView"), getTranslations("errors")]);
  // "Log in as a user" stays visible, disabled with its reason, where it would be refused
  const loginAsRefused = staff.can("customers/impersonation/start")
    ? (await assistRefusals([user.id]))[user.id]
    : undefined;
  const base = `/admin/customer-users/${user.id}`;
  const known = NOTICES.find((n) => n === notice);
  const quick: QuickAction[] = [
    ...(staff.can("customers/customer-user/edit")
      ? [
          {
            key: "address",
            label: t("quick.address"),
            href: `${base}/addresses/new`,
            form: <AddressForm customerUserId={user.id} />,
          },
        ]
      : []),
    ...(staff.can("sales/order/create")
      ? [
          {
            key: "order",
            label: t("quick.order"),
            href: `${base}/orders/new`,
            form: <NewDocument kind="order" customerUserId={user.id} staff={staff} />,
          },
        ]
      : []),
    ...(staff.can("sales/quote/create")
      ? [
          {
            key: "quote",
            label: t("quick.quote"),
            href: `${base}/quotes/new`,
            form: <NewDocument kind="quote" customerUserId={user.id} staff={staff} />,
          },
        ]
      : []),
  ];
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="customer-user-name">
            {user.fullName}
          </h1>
          {user.company && <p className="text-sm text-slate-600">{user.company.name}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {staff.can("customers/customer-user/edit") && (
            <ButtonLink href={`${base}/edit`}>{t("actions.edit")}</ButtonLink>
          )}
          {staff.can("customers/customer-user/edit") && (
            <StateActionButton
              action={user.enabled ? "disable" : "enable"}
              id={user.id}
              name={user.fullName}
              className={buttonClass("secondary")}
            />
          )}
          {staff.can("customers/customer-user/edit") && isLocked(user) && (
            <StateActionButton action="unlock" id={user.id} name={user.fullName} className={buttonClass("secondary")} />
          )}
          {staff.can("customers/customer-user/edit") && user.enabled && (
            <StateActionButton
              action="resetPassword"
              id={user.id}
              name={user.fullName}
              className={buttonClass("secondary")}
            />
          )}
          {staff.can("customers/impersonation/start") &&
            (loginAsRefused === undefined ? (
              <ButtonLink variant="secondary" href={`${base}/impersonate`} data-testid="impersonate-link">
                {t("actions.impersonate")}
              </ButtonLink>
            ) : (
              <Button variant="secondary" disabled aria-describedby="impersonate-unavailable">
                {t("actions.impersonate")}
              </Button>
            ))}
          {staff.can("customers/login-attempt/view") && (
            <ButtonLink variant="secondary" href={`/admin/customer-login-attempts?customerUserId=${user.id}`}>
              {t("loginAttempts")}
            </ButtonLink>
          )}
          {staff.can("customers/customer-user/delete") && (
            <ButtonLink variant="danger" href={`${base}/delete`}>
              {t("actions.delete")}
            </ButtonLink>
          )}
        </div>
      </div>
      {loginAsRefused !== undefined && (
        <p id="impersonate-unavailable" data-testid="impersonate-unavailable" className="text-sm text-slate-600">
          {te(loginAsRefused)}
        </p>
      )}
      {known && <Notice tone="success">{t(`notice.${known}`)}</Notice>}
      <QuickActions mode={mode} actions={quick} />
      <GeneralInfo user={user} />
      <Addresses addresses={user.addresses} />
      <Permissions roles={user.roles} permissions={user.permissions} />
      <OAuthApplicationsSection customerUserId={user.id} staff={staff} state={applications} />
      <ViewTabs id={user.id} tab={tab} page={page} staff={staff} />
    </section>
  );
}
