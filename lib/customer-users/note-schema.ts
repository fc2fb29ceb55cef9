import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

export const NOTE_MAX = 5000;

/** A staff note on a customer user. */
export function noteSchema(t: Translate) {
  return z.object({
    customerUserId: z.string().min(1).max(64),
    body: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(NOTE_MAX, { error: t("errors.tooLong", { max: NOTE_MAX }) }),
  });
}

export type NoteInput = z.input<ReturnType<typeof noteSchema>>;
export type NoteValues = z.output<ReturnType<typeof noteSchema>>;
