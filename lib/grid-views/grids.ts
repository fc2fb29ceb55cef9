import type { Permission } from "@/lib/acl/resources";

/** The grids whose views staff users may save: where each lives, and who may see it. */
export const VIEW_GRIDS = {
  "customer-users": { base: "/admin/customer-users", permission: "customers/customer-user/view" },
} as const satisfies Record<string, { base: string; permission: Permission }>;
export type ViewGrid = keyof typeof VIEW_GRIDS;
export const VIEW_GRID_KEYS = Object.keys(VIEW_GRIDS) as [ViewGrid, ...ViewGrid[]];

/**
 * What is not the grid's state but where it stands: the page, the keyset cursor of a Next link
 * (`after`: a view saved on page 2 would otherwise open at page 2's rows, numbered as page 1), the
 * view being opened and a one-off notice.
 */
const NOT_STATE = new Set(["page", "after", "view", "notice"]);

/** The URL parameters a view keeps: everything of the grid's state but the page it was on. */
export function viewState(raw: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const state: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) if (value !== undefined && !NOT_STATE.has(key)) state[key] = value;
  return state;
}

/** The query string of a stored state; the grid parses it through its own whitelists like any URL. */
export function viewQuery(state: Record<string, string | string[]>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(state))
    for (const v of Array.isArray(value) ? value : [value]) qs.append(key, v);
  return qs.toString();
}
