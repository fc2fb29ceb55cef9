"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { revealEmailSchema } from "./schema";
import { revealEmail } from "./service";

/** The links and passwords of a stored message: a permission of its own, and every reveal is audited. */
export const revealEmailAction = staffAction("system/mail/reveal", revealEmailSchema, async ({ actor, input }) => ({
  ok: true,
  data: await revealEmail(actor, input.id),
}));
