"use server";

import { revalidatePath } from "next/cache";

import { SIGNED_IN, staffAction } from "@/lib/actions/staff-action";

import { VIEW_GRIDS } from "./grids";
import { gridViewIdSchema, saveGridViewSchema } from "./schema";
import { deleteGridView, saveGridView } from "./service";

/** Saves the viewer's own view of a grid they may see; views belong to the staff user who saved them. */
export const saveGridViewAction = staffAction(SIGNED_IN, saveGridViewSchema, async ({ staff, input, t }) => {
  const grid = VIEW_GRIDS[input.grid];
  if (!staff.can(grid.permission)) return { ok: false, message: t("errors.forbidden") };
  const view = await saveGridView(staff.id, input);
  revalidatePath(grid.base);
  return { ok: true, data: view };
});

/** Deletes one of the viewer's own views. */
export const deleteGridViewAction = staffAction(SIGNED_IN, gridViewIdSchema, async ({ staff, input }) => {
  await deleteGridView(staff.id, input.id);
  for (const grid of Object.values(VIEW_GRIDS)) revalidatePath(grid.base);
  return { ok: true };
});
