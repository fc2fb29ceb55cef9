import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

import { placeOrder } from "./checkout";

/** A buyer whose role may place orders and view and accept the company's quotes, with a quote of theirs at 12.50 x 4. */
async function buyerWithQuote(status: "SENT" | "DRAFT" = "SENT", validUntil = "2999-12-31") {
  const role = await makeBuyerRole("COMPANY");
  await prisma.customerRolePermission.createMany({
    data: (["VIEW", "EDIT"] as const).map((action) => ({
      roleId: role.id,
      entity: "quote",
      action,
      level: "COMPANY" as const,
    })),
  });
  const buyer = await makeBuyer(role.id);
  const t = tag();
  const quote = await prisma.quote.create({
    data: {
      number: `QT-C${t}`,
      companyId: buyer.company.id,
      customerUserId: buyer.user.id,
      status,
      currency: "EUR",
      total: 5000,
      validUntil: new Date(`${validUntil}T00:00:00Z`),
      lines: { create: [{ sku: `Q-${t}`, name: "Anvil", quantity: 4, unitPrice: 1250, lineTotal: 5000 }] },
    },
  });
  const checkout = {
    quoteId: quote.id,
    billingAddressId: buyer.billing.id,
    shippingAddressId: buyer.shipping.id,
    poNumber: "PO-Q",
  };
  return { buyer, quote, checkout };
}

const ordersOf = (companyId: string) => prisma.order.count({ where: { companyId } });

describe("accepting a quote at checkout", () => {
  it("places the order at the quote's prices with the chosen addresses and marks the quote accepted", async () => {
    const { buyer, quote, checkout } = await buyerWithQuote();
    const order = await placeOrder(buyer.session, buyer.shopWebsite, checkout, null);
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(stored).toMatchObject({
      quoteId: quote.id,
      total: 5000,
      subtotal: 5000,
      poNumber: "PO-Q",
      customerUserId: buyer.user.id,
    });
    expect(stored.lines.map((l) => [l.quantity, l.unitPrice, l.lineTotal])).toEqual([[4, 1250, 5000]]);
    expect(stored.billingAddress).toMatchObject({ street: buyer.billing.street });
    expect(stored.shippingAddress).toMatchObject({ street: buyer.shipping.street });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "ACCEPTED" });
  });

  it("a quote becomes one order at most: a second attempt is refused as no longer open", async () => {
    const { buyer, checkout } = await buyerWithQuote();
    await placeOrder(buyer.session, buyer.shopWebsite, checkout, null);
    await expect(placeOrder(buyer.session, buyer.shopWebsite, checkout, null)).rejects.toEqual(
      new DomainError("quoteNotOpen"),
    );
    expect(await ordersOf(buyer.company.id)).toBe(1);
  });

  it("an expired quote is refused and nothing is written", async () => {
    const { buyer, quote, checkout } = await buyerWithQuote("SENT", "2020-01-31");
    await expect(placeOrder(buyer.session, buyer.shopWebsite, checkout, null)).rejects.toEqual(
      new DomainError("quoteExpired"),
    );
    expect(await ordersOf(buyer.company.id)).toBe(0);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
  });

  it("a quote not sent yet is not found, and nothing is written", async () => {
    const { buyer, quote, checkout } = await buyerWithQuote("DRAFT");
    await expect(placeOrder(buyer.session, buyer.shopWebsite, checkout, null)).rejects.toEqual(
      new DomainError("notFound"),
    );
    expect(await ordersOf(buyer.company.id)).toBe(0);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "DRAFT" });
  });

  it("another company's quote is not found, and nothing is written", async () => {
    const { quote, checkout } = await buyerWithQuote();
    const { buyer: stranger } = await buyerWithQuote();
    const attempt = { ...checkout, billingAddressId: stranger.billing.id, shippingAddressId: stranger.shipping.id };
    await expect(placeOrder(stranger.session, stranger.shopWebsite, attempt, null)).rejects.toEqual(
      new DomainError("notFound"),
    );
    expect(await prisma.order.count({ where: { quoteId: quote.id } })).toBe(0);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
  });

  it("the quote stays open when the address is not the buyer's", async () => {
    const { buyer, quote, checkout } = await buyerWithQuote();
    const { buyer: stranger } = await buyerWithQuote();
    await expect(
      placeOrder(buyer.session, buyer.shopWebsite, { ...checkout, shippingAddressId: stranger.shipping.id }, null),
    ).rejects.toEqual(new DomainError("addressUnknown", "shippingAddressId"));
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
  });
});
