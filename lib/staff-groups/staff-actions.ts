"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { deleteGroupSchema, groupFormSchema, updateGroupSchema } from "./schema";
import { createGroup, deleteGroup, updateGroup } from "./service";

/** Group names show on the user and role pages too, and memberships decide what every page offers. */
function revalidateAccess() {
  revalidatePath("/admin", "layout");
}

export const createGroupAction = staffAction("users/group/create", groupFormSchema, async ({ actor, input }) => {
  await createGroup(actor, input);
  revalidateAccess();
  redirect("/admin/groups?notice=created");
});

export const updateGroupAction = staffAction("users/group/edit", updateGroupSchema, async ({ actor, input }) => {
  await updateGroup(actor, input.id, input.values);
  revalidateAccess();
  redirect("/admin/groups?notice=updated");
});

export const deleteGroupAction = staffAction("users/group/delete", deleteGroupSchema, async ({ actor, input }) => {
  await deleteGroup(actor, input.id, input.acknowledgedUsers);
  revalidateAccess();
  redirect("/admin/groups?notice=deleted");
});
