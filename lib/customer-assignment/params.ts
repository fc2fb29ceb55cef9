import { PAGE_SIZES, type PageSize } from "@/lib/grid/params";

/** URL state of the assignment page: one search and page per list, so paging one keeps the other. */
export type ListState = { q: string; page: number; size: PageSize };
export type AssignmentView = { tab: "assigned" | "candidates"; assigned: ListState; candidates: ListState };

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function list(raw: Raw, prefix: "" | "a"): ListState {
  const page = Math.floor(Number(first(raw[`${prefix}page`])));
  const size = PAGE_SIZES.find((s) => s === Number(first(raw[`${prefix}size`]))) ?? 25;
  return {
    q: first(raw[`${prefix}q`]).trim().slice(0, 200),
    page: Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1,
    size,
  };
}

export function parseAssignmentView(raw: Raw): AssignmentView {
  return {
    tab: first(raw.tab) === "candidates" ? "candidates" : "assigned",
    assigned: list(raw, "a"),
    candidates: list(raw, ""),
  };
}

/** The page's URL with one list changed; the other list's state and the open tab come along. */
export function assignmentHref(
  base: string,
  view: AssignmentView,
  which: "assigned" | "candidates",
  change: Partial<ListState>,
): string {
  const next = { ...view, tab: which, [which]: { ...view[which], ...change } };
  const qs = new URLSearchParams();
  if (next.tab !== "assigned") qs.set("tab", next.tab);
  for (const [key, prefix] of [
    ["assigned", "a"],
    ["candidates", ""],
  ] as const) {
    const s = next[key];
    if (s.q) qs.set(`${prefix}q`, s.q);
    if (s.page > 1) qs.set(`${prefix}page`, String(s.page));
    if (s.size !== 25) qs.set(`${prefix}size`, String(s.size));
  }
  const query = qs.toString();
  return query ? `${base}?${query}` : base;
}
