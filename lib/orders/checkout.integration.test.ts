import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addToList, getList, setLineQuantity } from "@/lib/shopping-lists/service";
import { makePriceList, makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

import { placeOrder } from "./checkout";
import { getShopOrder, listShopOrders } from "./storefront";

async function buyerWithList(level: "OWN" | "COMPANY" = "OWN", companyId?: string) {
  const buyer = await makeBuyer((await makeBuyerRole(level)).id, companyId);
  const product = await makeProduct(`CHK-${tag()}`, 1000);
  const { listId } = await addToList(buyer.viewer, null, product.id, 3, "List");
  const checkout = {
    listId,
    billingAddressId: buyer.billing.id,
    shippingAddressId: buyer.shipping.id,
    poNumber: "PO-1",
  };
  return { buyer, product, listId, checkout };
}

describe("placing an order from a shopping list", () => {
  it("prices every line again at placement, snapshots the addresses, removes the list and queues the confirmation", async () => {
    const { buyer, product, listId, checkout } = await buyerWithList();
    expect((await getList(buyer.viewer, listId))!.subtotal).toBe(3000);
    // the company gets a negotiated price after the list was filled: the order must charge it
    await makePriceList(`Deal ${tag()}`, [[product.id, 700]], { companyIds: [buyer.company.id] });
    const order = await placeOrder(buyer.session, buyer.shopWebsite, checkout, "192.0.2.1");

    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(stored).toMatchObject({
      customerUserId: buyer.user.id,
      companyId: buyer.company.id,
      total: 2100,
      subtotal: 2100,
      poNumber: "PO-1",
      createdByStaffUserId: null,
    });
    expect(stored.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.lineTotal])).toEqual([
      [product.sku, 3, 700, 2100],
    ]);
    expect(stored.billingAddress).toMatchObject({ street: buyer.billing.street, city: "Berlin" });
    expect(stored.shippingAddress).toMatchObject({ street: buyer.shipping.street });
    expect(await prisma.shoppingList.count({ where: { id: listId } })).toBe(0);
    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { to: buyer.user.email, templateKey: "order-confirmation" },
    });
    expect(mail.subject).toBe(`Your order ${order.number} at ${buyer.website.name}`);
    expect(mail.text).toContain(`${buyer.website.baseUrl}/orders/${order.number}`);
  });

  it("refuses another customer's list as not found and writes nothing", async () => {
    const { listId } = await buyerWithList();
    const other = await makeBuyer((await makeBuyerRole("COMPANY")).id);
    const checkout = {
      listId,
      billingAddressId: other.billing.id,
      shippingAddressId: other.shipping.id,
      poNumber: null,
    };
    await expect(placeOrder(other.session, other.shopWebsite, checkout, null)).rejects.toEqual(
      new DomainError("notFound"),
    );
    expect(await getList(other.viewer, listId)).toBeNull();
    const line = await prisma.shoppingListLine.findFirstOrThrow({ where: { shoppingListId: listId } });
    await expect(setLineQuantity(other.user.id, listId, line.id, 9)).rejects.toEqual(new DomainError("notFound"));
    expect((await prisma.shoppingListLine.findUniqueOrThrow({ where: { id: line.id } })).quantity).toBe(3);
    expect(await prisma.order.count({ where: { customerUserId: other.user.id } })).toBe(0);
  });

  it("refuses someone else's address and a role without the capability to place orders", async () => {
    const { buyer, checkout } = await buyerWithList();
    const stranger = await makeBuyer((await makeBuyerRole("OWN")).id);
    await expect(
      placeOrder(buyer.session, buyer.shopWebsite, { ...checkout, billingAddressId: stranger.billing.id }, null),
    ).rejects.toEqual(new DomainError("addressUnknown", "billingAddressId"));
    const viewerOnly = await makeBuyer((await makeBuyerRole("OWN", [])).id);
    const product = await makeProduct(`CHK-${tag()}`, 500);
    const { listId } = await addToList(viewerOnly.viewer, null, product.id, 1, "List");
    await expect(
      placeOrder(
        viewerOnly.session,
        viewerOnly.shopWebsite,
        { listId, billingAddressId: viewerOnly.billing.id, shippingAddressId: viewerOnly.shipping.id, poNumber: null },
        null,
      ),
    ).rejects.toEqual(new DomainError("forbidden"));
    expect(await prisma.order.count({ where: { customerUserId: { in: [buyer.user.id, viewerOnly.user.id] } } })).toBe(
      0,
    );
  });
});

describe("order history follows the role's order view level", () => {
  it("COMPANY sees a colleague's orders, OWN does not", async () => {
    const { buyer, checkout } = await buyerWithList("OWN");
    const order = await placeOrder(buyer.session, buyer.shopWebsite, checkout, null);
    const companyWide = await makeBuyer((await makeBuyerRole("COMPANY")).id, buyer.company.id);
    const ownOnly = await makeBuyer((await makeBuyerRole("OWN")).id, buyer.company.id);

    expect((await listShopOrders(companyWide.session, 1))!.rows.map((r) => r.number)).toEqual([order.number]);
    expect((await getShopOrder(companyWide.session, order.number))?.id).toBe(order.id);
    expect(await listShopOrders(ownOnly.session, 1)).toEqual({ rows: [], total: 0 });
    expect(await getShopOrder(ownOnly.session, order.number)).toBeNull();
  });

  it("COMPANY does not reach the parent company's orders, NONE sees no history at all", async () => {
    const { buyer, checkout } = await buyerWithList("OWN");
    await placeOrder(buyer.session, buyer.shopWebsite, checkout, null);
    const inParent = await makeBuyer((await makeBuyerRole("COMPANY")).id, buyer.parent.id);
    expect((await listShopOrders(inParent.session, 1))!.total).toBe(0);
    const nothing = await makeBuyer((await makeBuyerRole("NONE")).id, buyer.company.id);
    expect(await listShopOrders(nothing.session, 1)).toBeNull();
  });
});
