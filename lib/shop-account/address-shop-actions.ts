"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";
import { addAddress } from "@/lib/customer-users/addresses";

import { editOwnAddressSchema, ownAddressIdSchema, ownAddressSchema } from "./address-schema";
import { deleteOwnAddress, updateOwnAddress } from "./addresses";

const BOOK = "/account/addresses";

export const addOwnAddressAction = shopAction("addOwnAddress", ownAddressSchema, async ({ customer, actor, input }) => {
  await addAddress(actor, customer.id, input.address);
  revalidatePath(BOOK);
  return { ok: true };
});

export const updateOwnAddressAction = shopAction(
  "updateOwnAddress",
  editOwnAddressSchema,
  async ({ customer, actor, input }) => {
    await updateOwnAddress(actor, customer.id, input.id, input.address);
    revalidatePath(BOOK);
    return { ok: true };
  },
);

export const deleteOwnAddressAction = shopAction(
  "deleteOwnAddress",
  ownAddressIdSchema,
  async ({ customer, actor, input }) => {
    await deleteOwnAddress(actor, customer.id, input.id);
    revalidatePath(BOOK);
    return { ok: true };
  },
);
