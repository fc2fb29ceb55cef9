import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import type { CustomerAction, CustomerCapability, CustomerEntity, CustomerLevel } from "@/lib/customer-roles/catalog";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { requestForQuoteSchema } from "@/lib/requests-for-quote/schema";
import { submitStandaloneRequest } from "@/lib/requests-for-quote/submit";
import messages from "@/messages/en.json";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

import { quoteFormSchema } from "./schema";
import { sendQuote } from "./send";
import { createQuote } from "./service";
import { declineQuote, getMyQuote, listMyQuotes } from "./storefront";

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const shopActor = { staffId: null, label: "storefront: test", ip: null };

async function quoteTemplate() {
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  const tpl = EMAIL_TEMPLATES.find((x) => x.key === "quote-sent" && x.locale === "en")!;
  await prisma.emailTemplate.upsert({
    where: { key_localizationId: { key: tpl.key, localizationId: en.id } },
    update: {},
    create: {
      key: tpl.key,
      localizationId: en.id,
      subject: tpl.subject,
      bodyText: tpl.bodyText,
      bodyHtml: tpl.bodyHtml,
    },
  });
}

async function grant(
  customerUserId: string,
  level: CustomerLevel,
  capabilities: CustomerCapability[] = ["request-quote"],
) {
  const rows = (["quote", "request-for-quote"] as CustomerEntity[]).flatMap((entity) =>
    (["VIEW", "CREATE", "EDIT"] as CustomerAction[]).map((action) => ({ entity, action, level })),
  );
  const role = await prisma.customerRole.create({
    data: { name: `Buyer ${tag()}`, capabilities, permissions: { create: rows } },
  });
  await prisma.customerUserRole.create({ data: { customerUserId, roleId: role.id } });
}

/** A buyer of a child company with a request, and staff's quote for it at 12.50 x 4 + 3.00 x 1, sent. */
async function sentQuote(validUntil = "2999-12-31") {
  await quoteTemplate();
  const world = await makeCustomerUser({ confirmed: true });
  await grant(world.user.id, "OWN");
  const sku = `RFQ-${world.t}`;
  await prisma.product.create({ data: { sku, name: `Anvil ${world.t}`, basePrice: 1500 } });
  const freight = await prisma.product.create({ data: { sku: `FRT-${world.t}`, name: "Freight", basePrice: 300 } });
  const buyer = { id: world.user.id, companyId: world.company.id, customerGroupId: null };
  const rfq = await submitStandaloneRequest(
    shopActor,
    buyer,
    requestForQuoteSchema(t).parse({ poNumber: "PO-9", note: "", lines: [{ sku, quantity: "4", targetPrice: "12" }] }),
  );
  const { actor } = await makeAdmin();
  const lines = [
    { sku, quantity: "4", unitPrice: "12.50" },
    { sku: freight.sku, quantity: "1" },
  ];
  const quote = await createQuote(
    actor,
    quoteFormSchema(t).parse({ customerUserId: world.user.id, validUntil, lines, requestForQuoteId: rfq.id }),
    true,
  );
  return { ...world, buyer, sku, rfq, quote, actor };
}

const ordersOf = (companyId: string) => prisma.order.count({ where: { companyId } });

describe("requests for quote and quotes on the storefront", () => {
  it("a request refuses SKUs the customer cannot see, at the line that names them", async () => {
    const { buyer } = await sentQuote();
    const values = requestForQuoteSchema(t).parse({
      poNumber: "",
      note: "",
      lines: [{ sku: `NOPE-${tag()}`, quantity: "1", targetPrice: "" }],
    });
    await expect(submitStandaloneRequest(shopActor, buyer, values)).rejects.toMatchObject({
      code: "rfqUnknownSku",
      field: "lines.0.sku",
    });
  });

  it("sending marks the request quoted and writes the quote's e-mail (accepting is checkout: lib/orders/quote-checkout)", async () => {
    const { buyer, user, rfq, quote, actor } = await sentQuote();
    expect(await listMyQuotes(buyer, 1)).toEqual({ rows: [], total: 0 });
    await sendQuote(actor, quote.id);
    expect(await prisma.requestForQuote.findUniqueOrThrow({ where: { id: rfq.id } })).toMatchObject({
      status: "QUOTED",
    });
    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { recipientId: user.id, templateKey: "quote-sent" },
    });
    expect(mail.subject).toContain(quote.number);
    expect((await listMyQuotes(buyer, 1)).rows.map((q) => q.number)).toEqual([quote.number]);
    await expect(sendQuote(actor, quote.id)).rejects.toEqual(new DomainError("quoteNotDraft"));
  });

  it("an expired quote cannot be declined; nothing is written", async () => {
    const { buyer, company, quote, actor } = await sentQuote("2020-01-31");
    await sendQuote(actor, quote.id);
    await expect(declineQuote(shopActor, buyer, quote.number)).rejects.toEqual(new DomainError("quoteExpired"));
    expect(await ordersOf(company.id)).toBe(0);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
  });

  it("another company's quote is not found, and nothing is written", async () => {
    const { quote, company, actor } = await sentQuote();
    await sendQuote(actor, quote.id);
    const other = await makeCustomerUser({ confirmed: true });
    await grant(other.user.id, "COMPANY_AND_SUBSIDIARIES");
    const stranger = { id: other.user.id, companyId: other.company.id };
    await expect(declineQuote(shopActor, stranger, quote.number)).rejects.toEqual(new DomainError("notFound"));
    expect(await getMyQuote(stranger, quote.number)).toBeNull();
    expect(await ordersOf(company.id)).toBe(0);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "SENT" });
  });

  it("a parent company's buyer sees a subsidiary's quote only at the company-and-subsidiaries level", async () => {
    const { quote, parent, actor } = await sentQuote();
    await sendQuote(actor, quote.id);
    const website = await prisma.company.findUniqueOrThrow({ where: { id: parent.id }, select: { websiteId: true } });
    const make = (level: CustomerLevel) =>
      prisma.customerUser
        .create({
          data: {
            companyId: parent.id,
            websiteId: website.websiteId,
            email: `p-${tag()}@example.com`,
            firstName: "P",
            lastName: level,
            passwordHash: "x",
          },
        })
        .then(async (u) => (await grant(u.id, level), { id: u.id, companyId: parent.id }));
    expect(await getMyQuote(await make("COMPANY"), quote.number)).toBeNull();
    const wide = await make("COMPANY_AND_SUBSIDIARIES");
    expect(await getMyQuote(wide, quote.number)).toMatchObject({ number: quote.number, mayDecide: true });
    await declineQuote(shopActor, wide, quote.number);
    expect(await prisma.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({ status: "DECLINED" });
  });
});

describe("quotes answering a request", () => {
  it("a quoted request may get a revised quote; a cancelled one or another company's may not", async () => {
    const { user, rfq, quote, actor, sku } = await sentQuote();
    expect(await prisma.requestForQuote.findUniqueOrThrow({ where: { id: rfq.id } })).toMatchObject({
      status: "PROCESSING",
    });
    await sendQuote(actor, quote.id);
    const values = (customerUserId: string) =>
      quoteFormSchema(t).parse({
        customerUserId,
        validUntil: "",
        lines: [{ sku, quantity: "4", unitPrice: "11" }],
        requestForQuoteId: rfq.id,
      });
    await createQuote(actor, values(user.id), true);
    expect(await prisma.requestForQuote.findUniqueOrThrow({ where: { id: rfq.id } })).toMatchObject({
      status: "QUOTED",
    });
    const stranger = await makeCustomerUser();
    await expect(createQuote(actor, values(stranger.user.id), true)).rejects.toEqual(new DomainError("rfqNotOpen"));
    await prisma.requestForQuote.update({ where: { id: rfq.id }, data: { status: "CANCELLED" } });
    await expect(createQuote(actor, values(user.id), true)).rejects.toEqual(new DomainError("rfqNotOpen"));
    expect(await prisma.quote.count({ where: { requestForQuoteId: rfq.id } })).toBe(2);
  });
});
