"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopAction } from "@/lib/actions/shop-action";
import { customerActor } from "@/lib/shop-account/service";
import { customerAccess } from "@/lib/shop-access/service";
import { accountRoleFormSchema, deleteAccountRoleSchema, updateAccountRoleSchema } from "./schema";
import { createAccountRole, deleteAccountRole, updateAccountRole } from "./service";

const LIST = "/account/roles";

export const createAccountRoleAction = shopAction("createAccountRole", accountRoleFormSchema, async ({ customer, input, ip }) => {
  await createAccountRole(customerActor(customer, ip), await customerAccess(customer), input);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-created`);
});

export const updateAccountRoleAction = shopAction("updateAccountRole", updateAccountRoleSchema, async ({ customer, input, ip }) => {
  await updateAccountRole(customerActor(customer, ip), await customerAccess(customer), input.id, input.values);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-saved`);
});

export const deleteAccountRoleAction = shopAction("deleteAccountRole", deleteAccountRoleSchema, async ({ customer, input, ip }) => {
  await deleteAccountRole(customerActor(customer, ip), await customerAccess(customer), input.id);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=role-deleted`);
});
