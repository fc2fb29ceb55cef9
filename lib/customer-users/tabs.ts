/** The tabs of a customer user's page, kept in the URL as ?tab=...&page=... */
export const VIEW_TABS = ["orders", "quotes", "requests", "shopping-lists", "consents", "activity"] as const;
export type ViewTab = (typeof VIEW_TABS)[number];
export const TAB_PAGE_SIZE = 10;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseViewTab(raw: Record<string, string | string[] | undefined>): { tab: ViewTab; page: number } {
  const tab = VIEW_TABS.find((t) => t === first(raw.tab)) ?? "orders";
  const n = Math.floor(Number(first(raw.page)));
  return { tab, page: Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1 };
}

export function tabHref(id: string, tab: ViewTab, page = 1): string {
  return `/admin/customer-users/${id}?tab=${tab}${page > 1 ? `&page=${page}` : ""}`;
}
