"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { customerRoleFormSchema, deleteCustomerRoleSchema, updateCustomerRoleSchema } from "./schema";
import { createCustomerRole, deleteCustomerRole, updateCustomerRole } from "./service";

const BASE = "/admin/customer-roles";

export const createCustomerRoleAction = staffAction(
  "customers/customer-role/create",
  customerRoleFormSchema,
  async ({ actor, input }) => {
    await createCustomerRole(actor, input);
    revalidatePath(BASE);
    redirect(`${BASE}?notice=created`);
  },
);

export const updateCustomerRoleAction = staffAction(
  "customers/customer-role/edit",
  updateCustomerRoleSchema,
  async ({ actor, input }) => {
    await updateCustomerRole(actor, input.id, input.values);
    revalidatePath(BASE);
    redirect(`${BASE}?notice=updated`);
  },
);

export const deleteCustomerRoleAction = staffAction(
  "customers/customer-role/delete",
  deleteCustomerRoleSchema,
  async ({ actor, input }) => {
    await deleteCustomerRole(actor, input.id, input.acknowledgedUsers);
    revalidatePath(BASE);
    redirect(`${BASE}?notice=deleted`);
  },
);
