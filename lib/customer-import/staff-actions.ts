"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";

import { markImportSeen } from "./notices";
import { importIdSchema, startImportSchema } from "./schema";
import { cancelImport, importProgress, RUN_PERMISSIONS, startImport, validateImport } from "./service";
import { requestUndo } from "./undo";

const PAGE = "/admin/customer-users/import";

export const validateImportAction = staffAction(
  ["customers/customer-user/import", "customers/customer-user/view"],
  importIdSchema,
  async ({ input }) => {
    await validateImport(input.id);
    revalidatePath(`${PAGE}/${input.id}`);
    return { ok: true };
  },
);

export const startImportAction = staffAction(RUN_PERMISSIONS, startImportSchema, async ({ actor, input }) => {
  await startImport(actor, input.id, input.checksum);
  revalidatePath(`${PAGE}/${input.id}`);
  return { ok: true };
});

export const cancelImportAction = staffAction(RUN_PERMISSIONS, importIdSchema, async ({ input }) => {
  await cancelImport(input.id);
  return { ok: true };
});

export const importProgressAction = staffAction(
  ["customers/customer-user/import", "customers/customer-user/view"],
  importIdSchema,
  async ({ input }) => {
    const progress = await importProgress(input.id);
    return progress ? { ok: true, data: progress } : { ok: false, message: "" };
  },
);

/** Queues the undo; the worker works it off while the page shows its progress. */
export const undoImportAction = staffAction(RUN_PERMISSIONS, importIdSchema, async ({ actor, input }) => {
  await requestUndo(actor, input.id);
  revalidatePath(`${PAGE}/${input.id}`);
  return { ok: true };
});

/** Hide the notice of one's own ended import (someone else's is left as it is). */
export const dismissImportNoticeAction = staffAction(
  ["customers/customer-user/import", "customers/customer-user/view"],
  importIdSchema,
  async ({ staff, input }) => {
    await markImportSeen(staff.id, input.id);
    revalidatePath("/admin", "layout");
    return { ok: true };
  },
);
