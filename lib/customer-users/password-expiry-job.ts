import "server-only";

import { deleteEndedSessions } from "@/lib/identity/session-store";
import { scheduledJob } from "@/lib/scheduled-job";

import { runPasswordExpiry } from "./password-expiry";

export const PASSWORD_EXPIRY_QUEUE = "customer-password-expiry";

/**
 * The daily password expiry pass (and the clean-up of ended sign-in sessions) on pg-boss: the schedule lives in PostgreSQL, so with
 * several workers one of them runs it; the run itself is idempotent, so a retry does no harm.
 */
export const startPasswordExpiryJob = scheduledJob({
  queue: PASSWORD_EXPIRY_QUEUE,
  cron: "15 3 * * *",
  name: "password-expiry",
  run: async (log) => {
    const { expired, reminded } = await runPasswordExpiry();
    if (expired || reminded) log(`${expired} passwords expired, ${reminded} reminders queued`);
    // the same daily pass clears sign-in sessions that ended or expired days ago (both realms)
    const removed = await deleteEndedSessions();
    if (removed) log(`${removed} ended sign-in sessions removed`);
  },
});
