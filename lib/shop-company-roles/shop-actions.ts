"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { shopAction } from "@/lib/actions/shop-action";
import { customerAccess } from "@/lib/shop-access/service";

import { accountRoleFormSchema, deleteAccountRoleSchema, updateAccountRoleSchema } from "./schema";
import { createAccountRole, deleteAccountRole, updateAccountRole } from "./service";

const LIST = "/account/roles";

export const createAccountRoleAction = shopAction(
  "createAccountRole",
  accountRoleFormSchema,
  async ({ customer, actor, input }) => {
    await createAccountRole(actor, await customerAccess(customer), input);
    revalidatePath(LIST);
    redirect(`${LIST}?notice=role-created`);
  },
);

export const updateAccountRoleAction = shopAction(
  "updateAccountRole",
  updateAccountRoleSchema,
  async ({ customer, actor, input }) => {
    await updateAccountRole(actor, await customerAccess(customer), input.id, input.values);
    revalidatePath(LIST);
    redirect(`${LIST}?notice=role-saved`);
  },
);

export const deleteAccountRoleAction = shopAction(
  "deleteAccountRole",
  deleteAccountRoleSchema,
  async ({ customer, actor, input }) => {
    await deleteAccountRole(actor, await customerAccess(customer), input.id);
    revalidatePath(LIST);
    redirect(`${LIST}?notice=role-deleted`);
  },
);
