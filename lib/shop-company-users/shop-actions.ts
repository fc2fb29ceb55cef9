"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { shopAction } from "@/lib/actions/shop-action";
import { customerAccess } from "@/lib/shop-access/service";

import {
  createAccountUserSchema,
  deleteAccountUserSchema,
  setAccountUserEnabledSchema,
  updateAccountUserSchema,
} from "./schema";
import {
  createAccountUser,
  deleteAccountUser,
  resetAccountUserPassword,
  setAccountUserEnabled,
  updateAccountUser,
} from "./service";

const LIST = "/account/users";

/** Every action re-reads the viewer's permissions and scopes the target by them; ids outside read as not found. */
export const createAccountUserAction = shopAction(
  "createAccountUser",
  createAccountUserSchema,
  async ({ customer, actor, input }) => {
    await createAccountUser(actor, await customerAccess(customer), input);
    revalidatePath(LIST);
    redirect(`${LIST}?notice=user-created`);
  },
);

export const updateAccountUserAction = shopAction(
  "updateAccountUser",
  updateAccountUserSchema,
  async ({ customer, actor, input }) => {
    await updateAccountUser(actor, await customerAccess(customer), input.id, input.values);
    revalidatePath(LIST);
    redirect(`${LIST}?notice=user-saved`);
  },
);

export const setAccountUserEnabledAction = shopAction(
  "setAccountUserEnabled",
  setAccountUserEnabledSchema,
  async ({ customer, actor, input }) => {
    await setAccountUserEnabled(actor, await customerAccess(customer), input.id, input.enabled);
    revalidatePath(LIST);
    return { ok: true };
  },
);

export const deleteAccountUserAction = shopAction(
  "deleteAccountUser",
  deleteAccountUserSchema,
  async ({ customer, actor, input }) => {
    await deleteAccountUser(actor, await customerAccess(customer), input.id);
    revalidatePath(LIST);
    return { ok: true };
  },
);

export const resetAccountUserPasswordAction = shopAction(
  "resetAccountUserPassword",
  deleteAccountUserSchema,
  async ({ customer, actor, input }) => {
    await resetAccountUserPassword(actor, await customerAccess(customer), input.id);
    revalidatePath(LIST);
    return { ok: true };
  },
  { notWhileImpersonated: true },
);
