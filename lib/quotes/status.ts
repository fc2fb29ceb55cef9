import type { QuoteStatus } from "@/lib/generated/prisma/enums";

/** Customers never see drafts: a quote exists for them once staff sent it. */
export const CUSTOMER_QUOTE_STATUSES = [
  "SENT",
  "ACCEPTED",
  "DECLINED",
  "EXPIRED",
] as const satisfies readonly QuoteStatus[];

const DAY_MS = 24 * 60 * 60 * 1000;

/** A quote is valid until the end of its `validUntil` day (stored as that day's midnight, UTC). */
export function isExpired(validUntil: Date | null, now: Date): boolean {
  return validUntil !== null && now.getTime() >= validUntil.getTime() + DAY_MS;
}

/** What a person is shown: a sent quote past its date reads "Expired" even before anything rewrote its status. */
export function displayStatus(q: { status: QuoteStatus; validUntil: Date | null }, now: Date): QuoteStatus {
  return q.status === "SENT" && isExpired(q.validUntil, now) ? "EXPIRED" : q.status;
}
