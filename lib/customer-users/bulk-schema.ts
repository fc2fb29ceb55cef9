import { z } from "zod";

import type { Permission } from "@/lib/acl/resources";
import type { Translate } from "@/lib/i18n/translate";
import type { RunFailure } from "@/lib/run-attempts";

export const BULK_ACTIONS = ["enable", "disable", "reset-password", "assign"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The single-row action's permission: a bulk change may do exactly what the viewer may do to one row. */
export const BULK_PERMISSION: Record<BulkAction, Permission> = {
  enable: "customers/customer-user/edit",
  disable: "customers/customer-user/edit",
  "reset-password": "customers/customer-user/edit",
  assign: "users/customer-assignment/edit",
};

/** At most this many ids are named one by one (a page holds at most 100); more come as "every row matching". */
export const MAX_NAMED_IDS = 500;

const id = z.string().min(1).max(64);

/**
 * What a bulk change applies to: the rows ticked (their ids), or every row matching the grid's
 * filters as the URL carries them (parsed on the server through the grid's own whitelist).
 */
export const bulkChangeSchema = (t: Translate) =>
  z
    .object({
      action: z.enum(BULK_ACTIONS),
      ids: z.array(id).max(MAX_NAMED_IDS).default([]),
      matching: z.record(z.string().max(64), z.string().max(200)).optional(),
      staffUserId: id.optional(),
    })
    .refine((v) => v.action !== "assign" || !!v.staffUserId, { path: ["staffUserId"], error: t("errors.required") })
    .refine((v) => v.ids.length > 0 || !!v.matching, { path: ["ids"], error: t("errors.bulkNothingSelected") });
export type BulkChangeValues = z.output<ReturnType<typeof bulkChangeSchema>>;

export const bulkRunSchema = () => z.object({ id });

/** The grid's filters as the URL carries them, for counting every row they match. */
export const bulkMatchingSchema = () => z.object({ matching: z.record(z.string().max(64), z.string().max(200)) });

/** A run as its starter follows it. */
export type BulkRunSummary = {
  id: string;
  action: string;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  done: number;
  failed: number;
  /** the first refusals: which user, and the message key of why */
  failures: { id: string; code: string }[];
  /** why a FAILED run stopped */
  failure: RunFailure | null;
};
