"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";

import { noteSchema } from "./note-schema";
import { addNote } from "./notes";

export const addNoteAction = staffAction("customers/customer-user/edit", noteSchema, async ({ actor, input }) => {
  await addNote(actor, input);
  revalidatePath(`/admin/customer-users/${input.customerUserId}`);
  return { ok: true };
});
