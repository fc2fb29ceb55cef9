"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/auth/staff-action";
import { orderFormSchema } from "./schema";
import { createOrder } from "./service";

/** Returns the new number instead of redirecting: the form also runs inside a dialog, which closes itself. */
export const createOrderAction = staffAction("sales/order/create", orderFormSchema, async ({ actor, input }) => {
  const order = await createOrder(actor, input);
  revalidatePath(`/admin/customer-users/${input.customerUserId}`);
  return { ok: true, data: { number: order.number } };
});
