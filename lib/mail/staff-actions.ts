"use server";

import { staffAction } from "@/lib/actions/staff-action";

import { revealEmailSchema } from "./schema";
import { revealEmail } from "./service";

/**
 * The links and passwords of a stored message: a permission of its own, and every reveal is
 * audited. What it answers is the message, so it needs the mailbox's view permission too.
 */
export const revealEmailAction = staffAction(
  ["system/mail/reveal", "system/mail/view"],
  revealEmailSchema,
  async ({ actor, input }) => ({
    ok: true,
    data: await revealEmail(actor, input.id),
  }),
);
