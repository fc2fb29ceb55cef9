import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { AssistanceConsent } from "@/components/storefront/account/assistance-consent";
import { ListPager, pageOf } from "@/components/storefront/quotes/doc-table";
import { getSetting } from "@/lib/config/settings";
import { formatDateTime } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";
import { ACCOUNT_ACTIVITY_SIZE, getAssistanceAllowed, listAccountActivity } from "@/lib/impersonation/account";

export const metadata: Metadata = { title: "Account activity" };

/** When our staff signed in to help, and, where the shop asks, the customer's answer to whether they may. */
export default async function AccountActivityPage({ searchParams }: PageProps<"/account/activity">) {
  const customer = await requireCustomer("/account/activity");
  const page = pageOf((await searchParams).page);
  const [t, locale, mode, answer, { rows, total }] = await Promise.all([
    getTranslations("shop"),
    getLocale(),
    getSetting("assistanceConsentMode"),
    getAssistanceAllowed(customer.id),
    listAccountActivity(customer.id, page),
  ]);
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("activity.title")}</h1>
      <AccountNav current="activity" />
      {mode !== "not-required" && <AssistanceConsent mode={mode} answer={answer} />}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("activity.visits")}</h2>
        {rows.length === 0 && (
          <p className="text-sm text-slate-600" data-testid="activity-empty">
            {t("activity.empty")}
          </p>
        )}
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-testid="activity-entry">
              <p>{t("activity.visit", { staff: r.staffFirstName, when: formatDateTime(r.startedAt, locale) })}</p>
              <p className="text-slate-600">
                {r.live
                  ? t("activity.ongoing")
                  : t("activity.duration", {
                      minutes: Math.max(1, Math.round((r.until.getTime() - r.startedAt.getTime()) / 60_000)),
                    })}
              </p>
            </li>
          ))}
        </ul>
        <ListPager
          base="/account/activity"
          page={page}
          size={ACCOUNT_ACTIVITY_SIZE}
          total={total}
          labels={{ previous: t("products.previous"), next: t("products.next") }}
        />
      </section>
    </main>
  );
}
