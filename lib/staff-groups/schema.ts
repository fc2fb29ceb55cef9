import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

const idSchema = z.string().min(1).max(64);

/** The group form for create and edit: a unique name and the roles it grants. */
export function groupFormSchema(t: Translate) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(100, { error: t("errors.tooLong", { max: 100 }) }),
    roleIds: z.array(idSchema).max(200).default([]),
  });
}

export type GroupFormInput = z.input<ReturnType<typeof groupFormSchema>>;
export type GroupFormValues = z.output<ReturnType<typeof groupFormSchema>>;

export const updateGroupSchema = (t: Translate) => z.object({ id: idSchema, values: groupFormSchema(t) });

/** `acknowledgedUsers`: how many users the warning page said belong to the group when the person confirmed. */
export const deleteGroupSchema = () =>
  z.object({ id: idSchema, acknowledgedUsers: z.number().int().min(0).max(10_000_000) });
