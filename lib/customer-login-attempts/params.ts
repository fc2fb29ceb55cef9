import { isoDay } from "@/lib/audit/params";
import type { GridParams } from "@/lib/grid/params";

export const LOGIN_ATTEMPT_SOURCES = ["STOREFRONT", "API", "IMPERSONATION"] as const;
export const LOGIN_ATTEMPT_SORTS = ["at"] as const;
export type LoginAttemptFilter = "email" | "result" | "source" | "website" | "customerUserId" | "from" | "to";
export type LoginAttemptListParams = GridParams<(typeof LOGIN_ATTEMPT_SORTS)[number], LoginAttemptFilter>;

const id = (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);

export const LOGIN_ATTEMPT_GRID = {
  sorts: LOGIN_ATTEMPT_SORTS,
  defaultSort: "at",
  defaultDir: "desc",
  filters: {
    email: (v: string) => v.trim().toLowerCase().slice(0, 254) || undefined,
    result: ["success", "failure"],
    source: LOGIN_ATTEMPT_SOURCES,
    website: id,
    customerUserId: id,
    from: isoDay,
    to: isoDay,
  },
} as const;
