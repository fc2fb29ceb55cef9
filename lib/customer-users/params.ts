import type { GridParams } from "@/lib/grid/params";

export const CUSTOMER_USER_SORTS = [
  "id",
  "company",
  "firstName",
  "lastName",
  "email",
  "enabled",
  "confirmed",
  "passwordStatus",
  "locked",
  "website",
  "createdAt",
  "updatedAt",
] as const;
export type CustomerUserSort = (typeof CUSTOMER_USER_SORTS)[number];
export const PASSWORD_STATUSES = ["ACTIVE", "RESET", "EXPIRED"] as const;
export const YES_NO = ["yes", "no"] as const;

const text = (v: string) => v.trim().slice(0, 200) || undefined;
const id = (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

export const CUSTOMER_USER_FILTERS = {
  company: text,
  firstName: text,
  lastName: text,
  email: text,
  enabled: YES_NO,
  confirmed: YES_NO,
  passwordStatus: PASSWORD_STATUSES,
  locked: YES_NO,
  website: id,
  /** "the company's users", linked from a company's page; not a column */
  companyId: id,
} as const;
export type CustomerUserFilter = keyof typeof CUSTOMER_USER_FILTERS;
export type CustomerUserListParams = GridParams<CustomerUserSort, CustomerUserFilter>;

export const CUSTOMER_USER_GRID = {
  sorts: CUSTOMER_USER_SORTS,
  defaultSort: "lastName",
  filters: CUSTOMER_USER_FILTERS,
} as const;

/** Every column of the grid, in its order; each is also its sort key. */
export const CUSTOMER_USER_COLUMNS = CUSTOMER_USER_SORTS;
export type CustomerUserColumn = CustomerUserSort;
/** Shown until the viewer chooses otherwise: the updated column waits in the chooser. */
export const CUSTOMER_USER_DEFAULT_COLUMNS = CUSTOMER_USER_COLUMNS.filter((c) => c !== "updatedAt");
