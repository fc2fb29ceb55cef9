import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

import { VIEW_GRID_KEYS } from "./grids";

const param = z.string().max(200);
/** A grid's URL state: a few short parameters, each a value or a list (the chosen columns). */
const state = z
  .record(z.string().regex(/^[A-Za-z]{1,32}$/), z.union([param, z.array(param).max(30)]))
  .refine((s) => Object.keys(s).length <= 30);

export const saveGridViewSchema = (t: Translate) =>
  z.object({
    grid: z.enum(VIEW_GRID_KEYS),
    name: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(60, { error: t("errors.tooLong", { max: 60 }) }),
    state,
    isDefault: z.boolean(),
  });
export type SaveGridViewValues = z.output<ReturnType<typeof saveGridViewSchema>>;

export const gridViewIdSchema = () => z.object({ id: z.string().min(1).max(64) });
