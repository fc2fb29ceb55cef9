import type { GridParams } from "@/lib/grid/params";

/** active: usable now; inactive: switched off; expired: on, but past its expiry. */
export const APPLICATION_STATUSES = ["active", "inactive", "expired"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_SORTS = [
  "name",
  "owner",
  "company",
  "website",
  "createdAt",
  "expiresAt",
  "lastUsedAt",
] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

const text = (v: string) => v.trim().slice(0, 200) || undefined;
const id = (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

export const APPLICATION_FILTERS = {
  name: text,
  owner: text,
  company: text,
  website: id,
  status: APPLICATION_STATUSES,
} as const;
export type ApplicationFilter = keyof typeof APPLICATION_FILTERS;
export type ApplicationListParams = GridParams<ApplicationSort, ApplicationFilter>;

/** Customers > Customer User OAuth Applications: newest first. */
export const APPLICATION_GRID = {
  sorts: APPLICATION_SORTS,
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: APPLICATION_FILTERS,
} as const;

/** The section on a customer user's page keeps its state in the page's URL under its own names. */
export const SECTION_PARAMS = { name: "appName", status: "appStatus", page: "appPage" } as const;
export const SECTION_PAGE_SIZE = 10;

export function statusOf(app: { active: boolean; expiresAt: Date | null }, now = new Date()): ApplicationStatus {
  if (!app.active) return "inactive";
  return app.expiresAt && app.expiresAt <= now ? "expired" : "active";
}

export type SectionState = { name?: string; status?: ApplicationStatus; page: number };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseSectionState(raw: Record<string, string | string[] | undefined>): SectionState {
  const name = text(first(raw[SECTION_PARAMS.name]));
  const status = APPLICATION_STATUSES.find((s) => s === first(raw[SECTION_PARAMS.status]));
  const n = Math.floor(Number(first(raw[SECTION_PARAMS.page])));
  return { name, status, page: Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1 };
}

/** The customer user's page with the section at another page, its filters kept. */
export function sectionHref(customerUserId: string, state: SectionState, page: number): string {
  const qs = new URLSearchParams();
  if (state.name) qs.set(SECTION_PARAMS.name, state.name);
  if (state.status) qs.set(SECTION_PARAMS.status, state.status);
  if (page > 1) qs.set(SECTION_PARAMS.page, String(page));
  const query = qs.toString();
  return `/admin/customer-users/${customerUserId}${query ? `?${query}` : ""}#oauth-applications`;
}
