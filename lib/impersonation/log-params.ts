import { isoDay } from "@/lib/audit/params";
import type { GridParams } from "@/lib/grid/params";

export const LOG_PURPOSES = ["ASSIST", "PREVIEW"] as const;
export const LOG_STATUSES = ["live", "ended"] as const;
export type LogStatus = "pending" | "live" | "ended";

export const LOG_SORTS = ["createdAt"] as const;
export type LogFilter = "staff" | "customer" | "purpose" | "status" | "from" | "to";
export type LogListParams = GridParams<(typeof LOG_SORTS)[number], LogFilter>;

const text = (v: string) => v.trim().slice(0, 200) || undefined;

export const LOG_GRID = {
  sorts: LOG_SORTS,
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: { staff: text, customer: text, purpose: LOG_PURPOSES, status: LOG_STATUSES, from: isoDay, to: isoDay },
} as const;

/**
 * What a row is now: a session past its limit is over even before a request noticed and closed it,
 * and one whose link was never used within its minute never started.
 */
export function logStatus(s: { startedAt: Date | null; expiresAt: Date; endedAt: Date | null }, now: Date): LogStatus {
  if (s.endedAt || s.expiresAt <= now) return "ended";
  return s.startedAt ? "live" : "pending";
}

/** How an ended row ended: its recorded reason, or what the clock says for one nobody closed yet. */
export function logEndReason(
  s: { startedAt: Date | null; expiresAt: Date; endedAt: Date | null; endReason: string | null },
  now: Date,
): string | null {
  if (s.endReason) return s.endReason;
  if (!s.endedAt && s.expiresAt <= now) return s.startedAt ? "EXPIRED" : "NOT_STARTED";
  return null;
}
