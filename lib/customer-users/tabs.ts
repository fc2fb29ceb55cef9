import type { Permission } from "@/lib/acl/resources";
import type { Sees } from "@/lib/acl/visibility";

/** The tabs of a customer user's page, kept in the URL as ?tab=...&page=... */
export const VIEW_TABS = ["orders", "quotes", "requests", "shopping-lists", "consents", "activity"] as const;
export type ViewTab = (typeof VIEW_TABS)[number];
export const TAB_PAGE_SIZE = 10;

/**
 * The tabs that list another resource's records, and its view permission. Requests for quote are
 * guarded with quotes, as their own pages are. Shopping lists are the user's own; the activity tab
 * checks each of its lists (mail, impersonations) itself.
 */
export const TAB_PERMISSION: Partial<Record<ViewTab, Permission>> = {
  orders: "sales/order/view",
  quotes: "sales/quote/view",
  requests: "sales/quote/view",
  consents: "content/consent/view",
};

export const tabShown = (tab: ViewTab, sees: Sees) => {
  const permission = TAB_PERMISSION[tab];
  return !permission || sees(permission);
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The chosen tab, or the first one the viewer may see; a tab named in the URL stays chosen, to say it is not theirs. */
export function parseViewTab(
  raw: Record<string, string | string[] | undefined>,
  sees: Sees,
): { tab: ViewTab; page: number } {
  const tab =
    VIEW_TABS.find((t) => t === first(raw.tab)) ?? VIEW_TABS.find((t) => tabShown(t, sees)) ?? "shopping-lists";
  const n = Math.floor(Number(first(raw.page)));
  return { tab, page: Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1 };
}

export function tabHref(id: string, tab: ViewTab, page = 1): string {
  return `/admin/customer-users/${id}?tab=${tab}${page > 1 ? `&page=${page}` : ""}`;
}
