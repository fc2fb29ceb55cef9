import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { totals } from "@/lib/money/money";
import { nextNumber } from "@/lib/sales-documents/numbers";
import { bookAddresses, buyerOf, catalogLines } from "@/lib/sales-documents/staff-documents";

import type { OrderFormValues } from "./schema";

/**
 * An order placed by staff for the customer user, as the customer would have placed it: products of
 * the catalog the customer may buy, at the customer's price unless the staff member may change
 * prices (each changed price is in the audit entry), billing and shipping addresses from the
 * customer's address book. The acting staff member is kept as its creator.
 */
export async function createOrder(
  actor: Actor,
  values: OrderFormValues,
  mayOverridePrice: boolean,
): Promise<{ id: string; number: string }> {
  return transaction(async (tx) => {
    const buyer = await buyerOf(tx, values.customerUserId);
    const [catalog, addresses] = await Promise.all([
      catalogLines(buyer.viewer, values.lines, mayOverridePrice),
      bookAddresses(tx, buyer, values),
    ]);
    const number = await nextNumber(tx, "order_number_seq", "SO");
    const { lines, total } = totals(catalog.lines);
    const order = await tx.order.create({
      data: {
        number,
        companyId: buyer.companyId,
        customerUserId: buyer.id,
        poNumber: values.poNumber,
        currency: catalog.currency,
        subtotal: total,
        total,
        createdByStaffUserId: actor.staffId,
        billingAddress: addresses.billing,
        shippingAddress: addresses.shipping,
        lines: { create: lines },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, actor, {
      entity: "order",
      entityId: order.id,
      action: "create",
      after: {
        number,
        customerUserId: buyer.id,
        poNumber: values.poNumber,
        currency: catalog.currency,
        total,
        lines: lines.length,
        ...(catalog.overrides.length > 0 ? { priceOverrides: catalog.overrides } : {}),
      },
    });
    return order;
  });
}
