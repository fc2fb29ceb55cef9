import { describe, expect, it } from "vitest";

import { parseGridParams } from "@/lib/grid/params";
import { addToList } from "@/lib/shopping-lists/service";
import { makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

import { listAdminOrders } from "./admin";
import { placeOrder } from "./checkout";
import { findOrderDetail } from "./detail";
import { ORDER_GRID } from "./params";
import { createOrder } from "./service";

describe("the back-office orders grid", () => {
  it("finds a company's orders, tells staff-made from customer-made ones and sorts by total", async () => {
    const buyer = await makeBuyer((await makeBuyerRole("OWN")).id);
    const { listId } = await addToList(buyer.viewer, null, (await makeProduct(`ADM-${tag()}`, 250)).id, 2, "List");
    const own = await placeOrder(
      buyer.session,
      buyer.shopWebsite,
      { listId, billingAddressId: buyer.billing.id, shippingAddressId: buyer.shipping.id, poNumber: null },
      null,
    );
    const { user: staff, actor } = await makeAdmin();
    const premium = await makeProduct(`PRM-${tag()}`, 9900);
    const made = await createOrder(
      actor,
      {
        customerUserId: buyer.user.id,
        poNumber: null,
        billingAddressId: buyer.billing.id,
        shippingAddressId: buyer.shipping.id,
        lines: [{ sku: premium.sku, quantity: 1, unitPrice: null }],
      },
      false,
    );
    const grid = (raw: Record<string, string>) =>
      listAdminOrders(parseGridParams({ q: buyer.company.name, ...raw }, ORDER_GRID), () => true);

    expect((await grid({ sort: "total", dir: "asc" })).rows.map((r) => [r.number, r.total, r.createdBy])).toEqual([
      [own.number, 500, null],
      [made.number, 9900, `${staff.firstName} ${staff.lastName}`],
    ]);
    expect((await grid({ createdBy: "staff" })).rows.map((r) => r.number)).toEqual([made.number]);
    expect((await grid({ createdBy: "customer", status: "OPEN" })).rows.map((r) => r.number)).toEqual([own.number]);
    expect((await grid({ status: "SHIPPED" })).total).toBe(0);
    expect((await grid({ sort: "unknown; DROP TABLE" })).rows[0]!.number).toBe(made.number);

    const detail = await findOrderDetail({ id: own.id });
    expect(detail).toMatchObject({
      number: own.number,
      customerUser: { id: buyer.user.id },
      createdBy: null,
      total: 500,
    });
    expect(detail!.shipping).toContain(buyer.shipping.street);
  });
});
