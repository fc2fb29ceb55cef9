"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";

import { addAddress } from "./addresses";
import { newAddressSchema } from "./new-address-schema";

export const addAddressAction = staffAction(
  "customers/customer-user/edit",
  newAddressSchema,
  async ({ actor, input }) => {
    await addAddress(actor, input.customerUserId, input.address);
    revalidatePath(`/admin/customer-users/${input.customerUserId}`);
    return { ok: true };
  },
);
