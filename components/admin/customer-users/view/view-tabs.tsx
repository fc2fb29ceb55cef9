import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { NoAccess, type NoAccessTo } from "@/components/admin/no-access";
import { tabHref, tabShown, VIEW_TABS, type ViewTab } from "@/lib/customer-users/tabs";
import type { StaffSession } from "@/lib/identity/staff-session";

import { ActivityPanel } from "./activity-panel";
import { ConsentsPanel, OrdersPanel, QuotesPanel, RequestsPanel, ShoppingListsPanel } from "./tab-panels";

const DENIED: Partial<Record<ViewTab, NoAccessTo>> = {
  orders: "orders",
  quotes: "quotes",
  requests: "quotes",
  consents: "consents",
};

/**
 * Tabs as links: the chosen tab and its page live in the URL, and only that tab's list is queried.
 * A tab whose records the viewer may not view is not offered; opened by its URL, it says so and
 * queries nothing.
 */
export async function ViewTabs({
  id,
  tab,
  page,
  staff,
}: {
  id: string;
  tab: ViewTab;
  page: number;
  staff: StaffSession;
}) {
  const t = await getTranslations("customerUserView");
  const sees = staff.can;
  const panel = {
    orders: () => <OrdersPanel id={id} page={page} sees={sees} />,
    quotes: () => <QuotesPanel id={id} page={page} sees={sees} />,
    requests: () => <RequestsPanel id={id} page={page} />,
    "shopping-lists": () => <ShoppingListsPanel id={id} page={page} />,
    consents: () => <ConsentsPanel id={id} page={page} />,
    activity: () => (
      <ActivityPanel id={id} page={page} sees={sees} canAddNote={staff.can("customers/customer-user/edit")} />
    ),
  }[tab];
  return (
    <section aria-label={t("tabs.label")}>
      <nav className="flex flex-wrap gap-1 border-b border-slate-300" aria-label={t("tabs.label")}>
        {VIEW_TABS.filter((key) => tabShown(key, sees)).map((key) => (
          <Link
            key={key}
            href={tabHref(id, key)}
            aria-current={key === tab ? "page" : undefined}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${key === tab ? "border-slate-300 border-b-slate-100 bg-slate-100 font-semibold" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`tabs.${key}`)}
          </Link>
        ))}
      </nav>
      <div className="pt-2" data-testid={`tab-${tab}`}>
        {tabShown(tab, sees) ? panel() : <NoAccess to={DENIED[tab]!} />}
      </div>
    </section>
  );
}
