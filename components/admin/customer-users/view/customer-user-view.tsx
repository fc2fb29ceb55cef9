import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/admin/orders/document-form";
import { AssistOffer } from "@/components/admin/impersonation/assist-offer";
import { EnableButton } from "@/components/admin/customer-users/enable-button";
import { ResetPasswordButton } from "@/components/admin/customer-users/reset-password-button";
import { UnlockButton } from "@/components/admin/customer-users/unlock-button";
import { isLocked } from "@/lib/customer-users/lockout";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { StaffSession } from "@/lib/auth/staff-session";
import type { ViewTab } from "@/lib/customer-users/tabs";
import type { CustomerUserView as View } from "@/lib/customer-users/view";
import { assistOffers } from "@/lib/impersonation/service";
import { CURRENCY } from "@/lib/orders/money";
import type { QuickActionMode } from "@/lib/settings/keys";
import { AddressForm } from "./address-form";
import { Addresses } from "./addresses";
import { GeneralInfo } from "./general-info";
import { Permissions } from "./permissions";
import { QuickActions, type QuickAction } from "./quick-actions";
import { ViewTabs } from "./view-tabs";

const NOTICES = ["created", "created-welcome", "created-welcome-pending", "updated", "address-created", "order-created", "quote-created"] as const;

/** A customer user's page: who they are, where they receive goods, what they may do, and their history. */
export async function CustomerUserView({ user, staff, tab, page, mode, notice }: {
  user: View; staff: StaffSession; tab: ViewTab; page: number; mode: QuickActionMode; notice?: string;
}) {
  const [t, te, offers] = await Promise.all([
    getTranslations("customerUserView"), getTranslations("errors"), assistOffers([user.id], staff.can("customers/impersonation/start")),
  ]);
  const assistOff = offers[user.id] ? te(offers[user.id]!) : null;
  const base = `/admin/customer-users/${user.id}`;
  const known = NOTICES.find((n) => n === notice);
  const quick: QuickAction[] = [
    ...(staff.can("customers/customer-user/edit") ? [{ key: "address", label: t("quick.address"), href: `${base}/addresses/new`, form: <AddressForm customerUserId={user.id} /> }] : []),
    ...(staff.can("sales/order/create") ? [{ key: "order", label: t("quick.order"), href: `${base}/orders/new`, form: <DocumentForm kind="order" customerUserId={user.id} currency={CURRENCY} /> }] : []),
    ...(staff.can("sales/quote/create") ? [{ key: "quote", label: t("quick.quote"), href: `${base}/quotes/new`, form: <DocumentForm kind="quote" customerUserId={user.id} currency={CURRENCY} /> }] : []),
  ];
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="customer-user-name">{user.fullName}</h1>
          {user.company && <p className="text-sm text-slate-600">{user.company.name}</p>}
        </div>
        <div className="flex gap-2">
          {staff.can("customers/customer-user/edit") && <ButtonLink href={`${base}/edit`}>{t("actions.edit")}</ButtonLink>}
          {staff.can("customers/customer-user/edit") && <EnableButton id={user.id} enabled={user.enabled} className={buttonClass("secondary")} />}
          {staff.can("customers/customer-user/edit") && isLocked(user) && <UnlockButton id={user.id} className={buttonClass("secondary")} />}
          {staff.can("customers/customer-user/edit") && user.enabled && <ResetPasswordButton id={user.id} className={buttonClass("secondary")} />}
          {user.enabled && <AssistOffer className={buttonClass("secondary")} href={`${base}/impersonate`} label={t("actions.impersonate")} off={assistOff} testId="impersonate-link" />}
          {staff.can("customers/login-attempt/view") && <ButtonLink variant="secondary" href={`/admin/customer-login-attempts?customerUserId=${user.id}`}>{t("loginAttempts")}</ButtonLink>}
          {staff.can("customers/customer-user/delete") && <ButtonLink variant="danger" href={`${base}/delete`}>{t("actions.delete")}</ButtonLink>}
        </div>
      </div>
      {known && <Notice tone="success">{t(`notice.${known}`)}</Notice>}
      <QuickActions mode={mode} actions={quick} />
      <GeneralInfo user={user} />
      <Addresses addresses={user.addresses} />
      <Permissions roles={user.roles} permissions={user.permissions} />
      <ViewTabs id={user.id} tab={tab} page={page} staff={staff} />
    </section>
  );
}
