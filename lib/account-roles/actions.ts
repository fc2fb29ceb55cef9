"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { customerAction } from "@/lib/auth/customer-action";
import { customerActor } from "@/lib/customer-account/service";
import { customerAccess } from "@/lib/customer-access/service";
import { accountRoleFormSchema, deleteAccountRoleSchema, updateAccountRoleSchema } from "./schema";
import { createAccountRole, deleteAccountRole, updateAccountRole } from "./service";

const LIST = "/account/roles";

export const createAccountRoleAction = customerAction("createAccountRole", accountRoleFormSchema, async ({ customer, input, ip }) => {
  await createAccountRole(customerActor(customer, ip), await customerAccess(customer), input);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-created`);
});

export const updateAccountRoleAction = customerAction("updateAccountRole", updateAccountRoleSchema, async ({ customer, input, ip }) => {
  await updateAccountRole(customerActor(customer, ip), await customerAccess(customer), input.id, input.values);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-saved`);
});

export const deleteAccountRoleAction = customerAction("deleteAccountRole", deleteAccountRoleSchema, async ({ customer, input, ip }) => {
  await deleteAccountRole(customerActor(customer, ip), await customerAccess(customer), input.id);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-deleted`);
});
