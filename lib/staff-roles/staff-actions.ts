"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { deleteRoleSchema, roleFormSchema, updateRoleSchema } from "./schema";
import { createRole, deleteRole, updateRole } from "./service";

/** Role names and rules show on the groups pages too, and rules decide what every page offers. */
function revalidateAccess() {
  revalidatePath("/admin", "layout");
}

export const createRoleAction = staffAction("users/role/create", roleFormSchema, async ({ actor, input }) => {
  await createRole(actor, input);
  revalidateAccess();
  redirect("/admin/roles?notice=created");
});

export const updateRoleAction = staffAction("users/role/edit", updateRoleSchema, async ({ actor, input }) => {
  await updateRole(actor, input.id, input.values);
  revalidateAccess();
  redirect("/admin/roles?notice=updated");
});

export const deleteRoleAction = staffAction("users/role/delete", deleteRoleSchema, async ({ actor, input }) => {
  await deleteRole(actor, input.id, input.acknowledgedGroups);
  revalidateAccess();
  redirect("/admin/roles?notice=deleted");
});
