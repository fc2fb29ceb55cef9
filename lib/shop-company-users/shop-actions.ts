"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopAction } from "@/lib/actions/shop-action";
import { customerActor } from "@/lib/shop-account/service";
import { customerAccess } from "@/lib/shop-access/service";
import { createAccountUserSchema, deleteAccountUserSchema, setAccountUserEnabledSchema, updateAccountUserSchema } from "./schema";
import { createAccountUser, deleteAccountUser, resetAccountUserPassword, setAccountUserEnabled, updateAccountUser } from "./service";

const LIST = "/account/users";

/** Every action re-reads the viewer's permissions and scopes the target by them; ids outside read as not found. */
export const createAccountUserAction = shopAction("createAccountUser", createAccountUserSchema, async ({ customer, input, ip }) => {
  await createAccountUser(customerActor(customer, ip), await customerAccess(customer), input);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=user-created`);
});

export const updateAccountUserAction = shopAction("updateAccountUser", updateAccountUserSchema, async ({ customer, input, ip }) => {
  await updateAccountUser(customerActor(customer, ip), await customerAccess(customer), input.id, input.values);
  revalidatePath(LIST);
  redirect(`${LIST}?notice=user-saved`);
});

export const setAccountUserEnabledAction = shopAction("setAccountUserEnabled", setAccountUserEnabledSchema, async ({ customer, input, ip }) => {
  await setAccountUserEnabled(customerActor(customer, ip), await customerAccess(customer), input.id, input.enabled);
  revalidatePath(LIST);
  return { ok: true };
});

export const deleteAccountUserAction = shopAction("deleteAccountUser", deleteAccountUserSchema, async ({ customer, input, ip }) => {
  await deleteAccountUser(customerActor(customer, ip), await customerAccess(customer), input.id);
  revalidatePath(LIST);
  return { ok: true };
});

export const resetAccountUserPasswordAction = shopAction("resetAccountUserPassword", deleteAccountUserSchema, async ({ customer, input, ip }) => {
  await resetAccountUserPassword(customerActor(customer, ip), await customerAccess(customer), input.id);
  revalidatePath(LIST);
  return { ok: true };
}, { notWhileImpersonated: true });
