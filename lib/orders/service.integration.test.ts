import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError, DomainFieldErrors } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { quoteFormSchema } from "@/lib/quotes/schema";
import { createQuote } from "@/lib/quotes/service";
import { lookupCatalog } from "@/lib/sales-documents/staff-documents";
import messages from "@/messages/en.json";
import { makePriceList, makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

import { orderFormSchema } from "./schema";
import { createOrder } from "./service";

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;

/** A buyer with an address book, two products at base price and a hidden one; the anvil has a company price. */
async function world() {
  const buyer = await makeBuyer((await makeBuyerRole("OWN")).id);
  const s = tag();
  const group = await prisma.customerGroup.create({ data: { name: `Hidden ${s}` } });
  const [anvil, bolt, hidden] = await Promise.all([
    makeProduct(`ANV-${s}`, 2500),
    makeProduct(`BLT-${s}`, 5),
    makeProduct(`HID-${s}`, 100, { visibleTo: [group.id] }),
  ]);
  await makePriceList(`Deal ${s}`, [[anvil.id, 1999]], { companyIds: [buyer.company.id] });
  const { user: staff, actor } = await makeAdmin();
  const form = (lines: { sku: string; quantity: string; unitPrice?: string }[], extra: Record<string, string> = {}) =>
    orderFormSchema(t).parse({
      customerUserId: buyer.user.id,
      poNumber: " PO-7 ",
      billingAddressId: buyer.billing.id,
      shippingAddressId: buyer.shipping.id,
      lines,
      ...extra,
    });
  return { buyer, anvil, bolt, hidden, staff, actor, form };
}

const refusedFields = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainFieldErrors);
  return (e as DomainFieldErrors).issues.map((i) => [i.field, i.code]);
};

describe("orders placed by staff", () => {
  it("takes names and the customer's own prices from the catalog and the addresses from the address book", async () => {
    const { buyer, anvil, bolt, staff, actor, form } = await world();
    const a = await createOrder(
      actor,
      form([
        { sku: anvil.sku, quantity: "3" },
        { sku: bolt.sku, quantity: "10", unitPrice: "" },
      ]),
      false,
    );
    const b = await createOrder(actor, form([{ sku: bolt.sku, quantity: "1" }]), false);
    expect(a.number).toMatch(/^SO-\d{6}$/);
    expect(Number(b.number.slice(3))).toBeGreaterThan(Number(a.number.slice(3)));
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: a.id },
      include: { lines: { orderBy: { sku: "asc" } } },
    });
    expect(order).toMatchObject({
      companyId: buyer.company.id,
      customerUserId: buyer.user.id,
      poNumber: "PO-7",
      currency: "EUR",
      subtotal: 6047,
      total: 6047,
      createdByStaffUserId: staff.id,
    });
    expect(order.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPrice, l.lineTotal])).toEqual([
      [anvil.sku, anvil.name, 3, 1999, 5997],
      [bolt.sku, bolt.name, 10, 5, 50],
    ]);
    expect(order.billingAddress).toMatchObject({ street: buyer.billing.street, city: "Berlin" });
    expect(order.shippingAddress).toMatchObject({ street: buyer.shipping.street });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "order", entityId: a.id, actorStaffId: staff.id },
    });
    expect(audit.changes).not.toHaveProperty("priceOverrides");
  });

  it("refuses unknown, hidden and inactive SKUs and changed prices at their lines, all at once, and writes nothing", async () => {
    const { buyer, anvil, hidden, actor, form } = await world();
    const inactive = await makeProduct(`OFF-${tag()}`, 100, { active: false });
    const lines = [
      { sku: `NOPE-${tag()}`, quantity: "1" },
      { sku: hidden.sku, quantity: "1" },
      { sku: inactive.sku, quantity: "1" },
      { sku: anvil.sku, quantity: "1", unitPrice: "1.00" },
    ];
    expect(await refusedFields(createOrder(actor, form(lines), false))).toEqual([
      ["lines.0.sku", "unknownSku"],
      ["lines.1.sku", "unknownSku"],
      ["lines.2.sku", "unknownSku"],
      ["lines.3.unitPrice", "priceOverrideForbidden"],
    ]);
    // the customer's own price typed in is no change
    await createOrder(actor, form([{ sku: anvil.sku, quantity: "1", unitPrice: "19.99" }]), false);
    expect(await prisma.order.count({ where: { customerUserId: buyer.user.id } })).toBe(1);
  });

  it("sells at another price only with the permission, and audits what the customer's price was", async () => {
    const { anvil, actor, form } = await world();
    const made = await createOrder(actor, form([{ sku: anvil.sku, quantity: "2", unitPrice: "15,50" }]), true);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: made.id }, include: { lines: true } });
    expect(order.lines.map((l) => [l.unitPrice, l.lineTotal])).toEqual([[1550, 3100]]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "order", entityId: made.id } });
    expect(audit.changes).toMatchObject({
      total: { after: 3100 },
      priceOverrides: { after: [{ sku: anvil.sku, quantity: 2, customerPrice: 1999, unitPrice: 1550 }] },
    });
  });

  it("refuses addresses outside the customer's address book or of the wrong kind", async () => {
    const { buyer, anvil, actor, form } = await world();
    const stranger = await makeBuyer((await makeBuyerRole("OWN")).id);
    const lines = [{ sku: anvil.sku, quantity: "1" }];
    expect(
      await refusedFields(
        createOrder(
          actor,
          form(lines, { billingAddressId: stranger.billing.id, shippingAddressId: buyer.billing.id }),
          true,
        ),
      ),
    ).toEqual([
      ["billingAddressId", "addressUnknownStaff"],
      ["shippingAddressId", "addressUnknownStaff"],
    ]);
    expect(
      orderFormSchema(t)
        .safeParse({ customerUserId: buyer.user.id, poNumber: "", billingAddressId: "", shippingAddressId: "", lines })
        .error!.issues.map((i) => i.message),
    ).toEqual(["Choose a billing address.", "Choose a shipping address."]);
    expect(await prisma.order.count({ where: { customerUserId: buyer.user.id } })).toBe(0);
  });

  it("refuses an order for a user who no longer exists and a form without lines or with a bad quantity or price", async () => {
    const { actor, form, anvil } = await world();
    const values = { ...form([{ sku: anvil.sku, quantity: "1" }]), customerUserId: "gone" };
    await expect(createOrder(actor, values, true)).rejects.toEqual(new DomainError("notFound"));
    const bad = orderFormSchema(t).safeParse({
      customerUserId: "x",
      poNumber: "",
      billingAddressId: "a",
      shippingAddressId: "b",
      lines: [{ sku: "A", quantity: "0", unitPrice: "1.234" }],
    });
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["lines.0.quantity", "Enter a whole number of at least 1."],
      ["lines.0.unitPrice", "Enter a price such as 12.50."],
    ]);
    expect(
      orderFormSchema(t).safeParse({
        customerUserId: "x",
        poNumber: "",
        billingAddressId: "a",
        shippingAddressId: "b",
        lines: [],
      }).error!.issues[0]!.message,
    ).toBe("Add at least one line.");
  });

  it("the line picker offers what the customer may buy, at their price for the quantity", async () => {
    const { buyer, anvil, hidden } = await world();
    expect(await lookupCatalog(buyer.user.id, anvil.sku.slice(0, 6), 1)).toEqual(
      expect.arrayContaining([{ sku: anvil.sku, name: anvil.name, unitPrice: 1999, currency: "EUR" }]),
    );
    expect(await lookupCatalog(buyer.user.id, hidden.sku, 1)).toEqual([]);
  });
});

describe("quotes prepared by staff", () => {
  it("stores a draft at catalog prices, negotiated ones only with the permission", async () => {
    const { buyer, anvil, bolt, staff, actor } = await world();
    const values = (unitPrice: string) =>
      quoteFormSchema(t).parse({
        customerUserId: buyer.user.id,
        validUntil: "2027-01-31",
        lines: [
          { sku: anvil.sku, quantity: "3" },
          { sku: bolt.sku, quantity: "10", unitPrice },
        ],
      });
    const q = await createQuote(actor, values(""), false);
    expect(q.number).toMatch(/^QT-\d{6}$/);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({
      status: "DRAFT",
      total: 6047,
      validUntil: new Date("2027-01-31T00:00:00Z"),
      createdByStaffUserId: staff.id,
    });
    expect(await refusedFields(createQuote(actor, values("0.04"), false))).toEqual([
      ["lines.1.unitPrice", "priceOverrideForbidden"],
    ]);
    const negotiated = await createQuote(actor, values("0.04"), true);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: negotiated.id } })).toMatchObject({ total: 6037 });
    expect(
      quoteFormSchema(t).safeParse({
        customerUserId: buyer.user.id,
        validUntil: "2027-02-30x",
        lines: [{ sku: anvil.sku, quantity: "1" }],
      }).success,
    ).toBe(false);
  });
});
