import { describe, expect, it } from "vitest";

import type { CustomerCapability, CustomerEntity, CustomerLevel } from "@/lib/customer-roles/catalog";
import { prisma } from "@/lib/db";
import { auditOf, callApi, makeApiCaller } from "@/tests/api-fixtures";
import { makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

const ENTITIES: CustomerEntity[] = ["order", "quote", "request-for-quote", "shopping-list"];

async function buyer(
  level: CustomerLevel = "OWN",
  capabilities: CustomerCapability[] = ["place-orders", "request-quote"],
) {
  const role = await prisma.customerRole.create({
    data: {
      name: `Sales ${tag()}`,
      capabilities,
      permissions: {
        create: ENTITIES.flatMap((entity) =>
          (["VIEW", "CREATE", "EDIT"] as const).map((action) => ({ entity, action, level })),
        ),
      },
    },
  });
  const made = await makeBuyer(role.id);
  return { ...made, ...(await makeApiCaller(made.user)) };
}

/** A quote staff sent to the buyer: 2 x 45.00. */
const sentQuote = (b: { user: { id: string }; company: { id: string } }, status: "SENT" | "DRAFT" = "SENT") =>
  prisma.quote.create({
    data: {
      number: `Q-${tag()}`,
      companyId: b.company.id,
      customerUserId: b.user.id,
      status,
      currency: "EUR",
      total: 9000,
      lines: { create: [{ sku: `Q-${tag()}`, name: "Crate", quantity: 2, unitPrice: 4500, lineTotal: 9000 }] },
    },
  });

describe("requests for quote and quotes", () => {
  it("asks for a quote by SKU and reads it back with its lines", async () => {
    const b = await buyer();
    const product = await makeProduct(`RFQ-${tag()}`, 500);
    const created = await callApi(b.caller, "createRequestForQuote", "/requests-for-quote", {
      body: {
        data: {
          type: "requests-for-quote",
          attributes: { note: "Urgent", lines: [{ sku: product.sku, quantity: 10, targetPrice: "4.50" }] },
        },
      },
    });
    expect(created.status).toBe(201);
    const number = created.doc.data!.id;
    expect(created.doc.data!.attributes).toMatchObject({ number, status: "SUBMITTED", note: "Urgent", poNumber: null });
    const stored = await prisma.requestForQuote.findUniqueOrThrow({ where: { number }, include: { lines: true } });
    expect(stored.customerUserId).toBe(b.user.id);
    expect(stored.lines.map((l) => [l.sku, l.quantity, l.targetPrice])).toEqual([[product.sku, 10, 450]]);
    expect((await auditOf(b.app.id)).map((a) => [a.entity, a.action])).toEqual([
      ["request-for-quote", "create"],
      ["customer-user", "api:createRequestForQuote"],
    ]);

    const listed = await callApi(b.caller, "listRequestsForQuote", "/requests-for-quote?include=lines");
    expect(listed.list.map((r) => r.id)).toEqual([number]);
    expect(listed.doc.included!.map((l) => l.attributes)).toEqual([
      { sku: product.sku, name: product.name, quantity: 10, targetPrice: 450 },
    ]);
  });

  it("points at the line whose SKU the caller cannot see, and writes nothing", async () => {
    const b = await buyer();
    const hidden = await makeProduct(`RFQ-${tag()}`, 500, { active: false });
    const refused = await callApi(b.caller, "createRequestForQuote", "/requests-for-quote", {
      body: { data: { type: "requests-for-quote", attributes: { lines: [{ sku: hidden.sku, quantity: 1 }] } } },
    });
    expect(refused.status).toBe(422);
    expect(refused.doc.errors![0]!.source).toEqual({ pointer: "/data/attributes/lines/0/sku" });
    const empty = await callApi(b.caller, "createRequestForQuote", "/requests-for-quote", {
      body: { data: { type: "requests-for-quote", attributes: { lines: [] } } },
    });
    expect(empty.doc.errors![0]!.source).toEqual({ pointer: "/data/attributes/lines" });
    expect(await prisma.requestForQuote.count({ where: { customerUserId: b.user.id } })).toBe(0);
  });

  it("refuses a request when the owner's role may not ask for quotes", async () => {
    const b = await buyer("OWN", ["place-orders"]);
    const product = await makeProduct(`RFQ-${tag()}`, 500);
    const refused = await callApi(b.caller, "createRequestForQuote", "/requests-for-quote", {
      body: { data: { type: "requests-for-quote", attributes: { lines: [{ sku: product.sku, quantity: 1 }] } } },
    });
    expect(refused.status).toBe(403);
    expect(await prisma.requestForQuote.count({ where: { customerUserId: b.user.id } })).toBe(0);
  });

  it("reads the caller's sent quotes (never drafts) and accepts one through checkout, into an order at the quote's prices", async () => {
    const b = await buyer();
    const quote = await sentQuote(b);
    const draft = await sentQuote(b, "DRAFT");
    const listed = await callApi(b.caller, "listQuotes", "/quotes");
    expect(listed.list.map((q) => q.id)).toEqual([quote.number]);
    expect(
      (await callApi(b.caller, "getQuote", `/quotes/${draft.number}`, { params: { id: draft.number } })).status,
    ).toBe(404);
    const read = await callApi(b.caller, "getQuote", `/quotes/${quote.number}`, { params: { id: quote.number } });
    expect(read.doc.data!.attributes).toMatchObject({ status: "SENT", total: 9000, mayAccept: true });

    const accepted = await callApi(b.caller, "acceptQuote", `/quotes/${quote.number}/accept`, {
      params: { id: quote.number },
      body: {
        data: { type: "orders", attributes: { billingAddressId: b.billing.id, shippingAddressId: b.shipping.id } },
      },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.doc.data!.type).toBe("orders");
    expect(accepted.doc.data!.attributes).toMatchObject({ total: 9000 });
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "ACCEPTED" });
    expect(await prisma.order.findFirstOrThrow({ where: { quoteId: quote.id } })).toMatchObject({
      number: accepted.doc.data!.id,
    });
    const audit = await auditOf(b.app.id);
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ["quote", "update"],
      ["order", "create"],
      ["customer-user", "api:acceptQuote"],
    ]);
    // accepted once: the second call finds no open quote
    const again = await callApi(b.caller, "acceptQuote", `/quotes/${quote.number}/accept`, {
      params: { id: quote.number },
      body: {
        data: { type: "orders", attributes: { billingAddressId: b.billing.id, shippingAddressId: b.shipping.id } },
      },
    });
    expect(again.status).toBe(422);
    expect(again.doc.errors![0]!.code).toBe("quoteNotOpen");
    expect(await prisma.order.count({ where: { quoteId: quote.id } })).toBe(1);
  });

  it("answers another company's quote as not found, and accepts nothing", async () => {
    const owner = await buyer();
    const quote = await sentQuote(owner);
    const other = await buyer("COMPANY_AND_SUBSIDIARIES");
    const params = { id: quote.number };
    expect((await callApi(other.caller, "getQuote", `/quotes/${quote.number}`, { params })).status).toBe(404);
    const accept = await callApi(other.caller, "acceptQuote", `/quotes/${quote.number}/accept`, {
      params,
      body: {
        data: {
          type: "orders",
          attributes: { billingAddressId: other.billing.id, shippingAddressId: other.shipping.id },
        },
      },
    });
    expect(accept.status).toBe(404);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
    expect(await prisma.order.count({ where: { quoteId: quote.id } })).toBe(0);
    expect(await auditOf(other.app.id)).toEqual([]);
  });
});
