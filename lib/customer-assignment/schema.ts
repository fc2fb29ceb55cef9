import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

const id = z.string().min(1).max(64);
/** A save names the customer users it changes; a page of candidates is at most 100, a few pages more is plenty. */
const ids = z
  .array(id)
  .max(500)
  .default([])
  .transform((list) => [...new Set(list)]);

export const saveCustomerAssignmentSchema = (t: Translate) =>
  z
    .object({ staffUserId: id, assign: ids, deassign: ids })
    .refine((v) => !v.assign.some((c) => v.deassign.includes(c)), {
      error: t("errors.customerAssignmentBoth"),
      path: ["assign"],
    });

export type SaveCustomerAssignmentInput = z.input<ReturnType<typeof saveCustomerAssignmentSchema>>;
export type SaveCustomerAssignmentValues = z.output<ReturnType<typeof saveCustomerAssignmentSchema>>;
