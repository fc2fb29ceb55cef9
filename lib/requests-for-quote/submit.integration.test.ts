import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { tag } from "@/tests/staff-fixtures";

import { getMyRequest, listMyRequests } from "./service";
import { submitRequestForQuote } from "./submit";

const actor = { staffId: null, label: "storefront: test", ip: null };

/** A buyer allowed to request quotes at the given level, with a shopping list of two visible products. */
async function buyerWithList(level: "OWN" | "COMPANY" = "OWN", capabilities = ["request-quote"]) {
  const world = await makeCustomerUser({ confirmed: true });
  const permissions = (["VIEW", "CREATE"] as const).map((action) => ({ entity: "request-for-quote", action, level }));
  const role = await prisma.customerRole.create({
    data: { name: `Buyer ${world.t}`, capabilities, permissions: { create: permissions } },
  });
  await prisma.customerUserRole.create({ data: { customerUserId: world.user.id, roleId: role.id } });
  const skus = [`L1-${world.t}`, `L2-${world.t}`];
  for (const sku of skus) await prisma.product.create({ data: { sku, name: `Catalogue ${sku}`, basePrice: 100 } });
  const list = await prisma.shoppingList.create({
    data: {
      name: "Site",
      companyId: world.company.id,
      customerUserId: world.user.id,
      lines: { create: skus.map((sku, i) => ({ sku, name: `List ${sku}`, quantity: i + 2 })) },
    },
  });
  const buyer = { id: world.user.id, companyId: world.company.id, customerGroupId: null };
  return { ...world, buyer, skus, list };
}

describe("a request for quote from a shopping list", () => {
  it("asks for the whole list, or for the chosen SKUs and quantities, with the catalogue's names", async () => {
    const { buyer, skus, list } = await buyerWithList();
    const whole = await submitRequestForQuote(actor, buyer, { shoppingListId: list.id, poNumber: "PO-1", note: null });
    const narrowed = await submitRequestForQuote(actor, buyer, {
      shoppingListId: list.id,
      poNumber: null,
      note: "asap",
      lines: [{ sku: skus[1]!, quantity: 40 }],
    });
    expect(whole.number).toMatch(/^RFQ-\d{6}$/);
    const rows = await prisma.requestForQuoteLine.findMany({
      where: { requestForQuoteId: { in: [whole.id, narrowed.id] } },
      orderBy: [{ requestForQuoteId: "asc" }, { sku: "asc" }],
    });
    const byRequest = (id: string) =>
      rows.filter((r) => r.requestForQuoteId === id).map((r) => [r.sku, r.name, r.quantity]);
    expect(byRequest(whole.id)).toEqual([
      [skus[0], `Catalogue ${skus[0]}`, 2],
      [skus[1], `Catalogue ${skus[1]}`, 3],
    ]);
    expect(byRequest(narrowed.id)).toEqual([[skus[1], `Catalogue ${skus[1]}`, 40]]);
    expect((await listMyRequests(buyer, 1)).total).toBe(2);
    expect(await getMyRequest(buyer, whole.number)).toMatchObject({ poNumber: "PO-1", status: "SUBMITTED" });
    expect(await prisma.auditLog.count({ where: { entity: "request-for-quote", entityId: whole.id } })).toBe(1);
  });

  it("refuses another user's list as not found, SKUs not on the list, and buyers without the capability; nothing is written", async () => {
    const { buyer, list, skus } = await buyerWithList();
    const other = await buyerWithList("COMPANY");
    const count = () =>
      prisma.requestForQuote.count({ where: { companyId: { in: [buyer.companyId, other.buyer.companyId] } } });
    await expect(
      submitRequestForQuote(actor, other.buyer, { shoppingListId: list.id, poNumber: null, note: null }),
    ).rejects.toEqual(new DomainError("notFound"));
    await expect(
      submitRequestForQuote(actor, buyer, {
        shoppingListId: list.id,
        poNumber: null,
        note: null,
        lines: [{ sku: `X-${tag()}`, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: "rfqUnknownSku", field: "lines.0.sku" });
    const noCapability = await buyerWithList("OWN", []);
    await expect(
      submitRequestForQuote(actor, noCapability.buyer, {
        shoppingListId: noCapability.list.id,
        poNumber: null,
        note: null,
      }),
    ).rejects.toEqual(new DomainError("forbidden"));
    await prisma.product.update({ where: { sku: skus[0]! }, data: { active: false } });
    await expect(
      submitRequestForQuote(actor, buyer, { shoppingListId: list.id, poNumber: null, note: null }),
    ).rejects.toMatchObject({ code: "rfqUnknownSku", field: "lines.0.sku" });
    expect(await count()).toBe(0);
  });

  it("another company's request stays invisible, at any level", async () => {
    const { buyer, list } = await buyerWithList();
    const rfq = await submitRequestForQuote(actor, buyer, { shoppingListId: list.id, poNumber: null, note: null });
    const other = await buyerWithList("COMPANY");
    expect(await getMyRequest(other.buyer, rfq.number)).toBeNull();
    expect((await listMyRequests(other.buyer, 1)).total).toBe(0);
  });
});
