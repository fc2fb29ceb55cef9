"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";
import type { CatalogMatch } from "@/lib/sales-documents/lines";
import { catalogLookupSchema } from "@/lib/sales-documents/lookup-schema";
import { lookupCatalog } from "@/lib/sales-documents/staff-documents";

import { orderFormSchema } from "./schema";
import { createOrder } from "./service";

/** Returns the new number instead of redirecting: the form also runs inside a dialog, which closes itself. */
export const createOrderAction = staffAction("sales/order/create", orderFormSchema, async ({ staff, actor, input }) => {
  const order = await createOrder(actor, input, staff.can("sales/order/override-price"));
  revalidatePath(`/admin/customer-users/${input.customerUserId}`);
  return { ok: true, data: { number: order.number } };
});

/** The order form's product picker: what this customer may buy, at their price; it shows products, so it takes their view permission. */
export const orderCatalogLookupAction = staffAction(
  ["sales/order/create", "catalog/product/view"],
  catalogLookupSchema,
  async ({ input }) => ({
    ok: true,
    data: (await lookupCatalog(input.customerUserId, input.q, input.quantity)) satisfies CatalogMatch[],
  }),
);
