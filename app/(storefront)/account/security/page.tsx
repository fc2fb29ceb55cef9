import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SessionList } from "@/components/sessions/session-list";
import { AccountNav } from "@/components/storefront/account/account-nav";
import { Notice } from "@/components/ui/notice";
import { listOwnSessions } from "@/lib/identity/own-sessions";
import { requireCustomer } from "@/lib/identity/shop-session";
import { endCustomerSessionAction, endOtherCustomerSessionsAction } from "@/lib/shop-account/session-shop-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shop.account"))("security.title") };
}

/**
 * The browsers signed in to the account, to sign out any of them. Only for the customer user
 * themselves: a staff member signed in as them sees neither the list nor the buttons.
 */
export default async function AccountSecurityPage() {
  const customer = await requireCustomer("/account/security");
  const t = await getTranslations("shop.account");
  const sessions = customer.sessionId
    ? await listOwnSessions({ customerUserId: customer.id }, customer.sessionId)
    : null;
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("security.title")}</h1>
      <AccountNav current="security" />
      {sessions ? (
        <SessionList sessions={sessions} endOne={endCustomerSessionAction} endOthers={endOtherCustomerSessionsAction} />
      ) : (
        <Notice testId="sessions-restricted">{t("security.notWhileImpersonated")}</Notice>
      )}
    </main>
  );
}
