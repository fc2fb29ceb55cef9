import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import messages from "@/messages/en.json";
import { createQuote } from "@/lib/quotes/service";
import { quoteFormSchema } from "@/lib/quotes/schema";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeAdmin } from "@/tests/staff-fixtures";
import { orderFormSchema } from "./schema";
import { createOrder } from "./service";

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const lines = [{ sku: "A-1", name: "Anvil", quantity: "3", unitPrice: "19.99" }, { sku: "B-2", name: "Bolt", quantity: "10", unitPrice: "0,05" }];

describe("orders placed by staff", () => {
  it("stores the lines and totals in cents, a sequence number and the acting staff member", async () => {
    const { user, company } = await makeCustomerUser();
    const { user: staff, actor } = await makeAdmin();
    const values = orderFormSchema(t).parse({ customerUserId: user.id, poNumber: " PO-7 ", lines });
    const a = await createOrder(actor, values);
    const b = await createOrder(actor, values);
    expect(a.number).toMatch(/^SO-\d{6}$/);
    expect(Number(b.number.slice(3))).toBeGreaterThan(Number(a.number.slice(3)));
    const order = await prisma.order.findUniqueOrThrow({ where: { id: a.id }, include: { lines: { orderBy: { sku: "asc" } } } });
    expect(order).toMatchObject({ companyId: company.id, customerUserId: user.id, poNumber: "PO-7", currency: "EUR", subtotal: 6047, total: 6047, createdByStaffUserId: staff.id });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.lineTotal])).toEqual([["A-1", 3, 1999, 5997], ["B-2", 10, 5, 50]]);
    expect(await prisma.auditLog.count({ where: { entity: "order", entityId: a.id, actorStaffId: staff.id } })).toBe(1);
  });

  it("refuses an order for a user who no longer exists and a form without lines or with a bad price", async () => {
    const { actor } = await makeAdmin();
    const values = orderFormSchema(t).parse({ customerUserId: "gone", poNumber: "", lines });
    await expect(createOrder(actor, values)).rejects.toEqual(new DomainError("notFound"));
    const bad = orderFormSchema(t).safeParse({ customerUserId: "x", poNumber: "", lines: [{ sku: "A", name: "A", quantity: "0", unitPrice: "1.234" }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["lines.0.quantity", "Enter a whole number of at least 1."],
      ["lines.0.unitPrice", "Enter a price such as 12.50."],
    ]);
    expect(orderFormSchema(t).safeParse({ customerUserId: "x", poNumber: "", lines: [] }).error!.issues[0]!.message).toBe("Add at least one line.");
  });
});

describe("quotes prepared by staff", () => {
  it("stores a draft with its validity, total and creator", async () => {
    const { user } = await makeCustomerUser();
    const { user: staff, actor } = await makeAdmin();
    const q = await createQuote(actor, quoteFormSchema(t).parse({ customerUserId: user.id, validUntil: "2027-01-31", lines }));
    const quote = await prisma.quote.findUniqueOrThrow({ where: { id: q.id } });
    expect(q.number).toMatch(/^QT-\d{6}$/);
    expect(quote).toMatchObject({ status: "DRAFT", total: 6047, validUntil: new Date("2027-01-31T00:00:00Z"), createdByStaffUserId: staff.id });
    expect(quoteFormSchema(t).safeParse({ customerUserId: user.id, validUntil: "2027-02-30x", lines }).success).toBe(false);
  });
});
