import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

export const REASON_MAX = 500;

/** "Log in as a user": the reason is required, and kept in the impersonation log. */
export function startAssistSchema(t: Translate) {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    reason: z
      .string()
      .trim()
      .min(3, { error: t("impersonation.errors.reason") })
      .max(REASON_MAX, { error: t("errors.tooLong", { max: REASON_MAX }) }),
  });
}

export type StartAssistInput = z.input<ReturnType<typeof startAssistSchema>>;

/** "Preview as": the page and one of the customers assigned to the staff member. */
export function startPreviewSchema() {
  return z.object({ customerUserId: z.string().min(1).max(64), cmsPageId: z.string().min(1).max(64) });
}

export function sessionIdSchema() {
  return z.object({ sessionId: z.string().min(1).max(64) });
}
