import "server-only";

import { getTranslations } from "next-intl/server";

import { recordAudit } from "@/lib/audit/record";
import { formatPrice } from "@/lib/catalog/pricing";
import { transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { shopActor } from "@/lib/identity/impersonated-session";
import type { CustomerSession } from "@/lib/identity/shop-session";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import { CURRENCY } from "@/lib/money/money";
import { settle } from "@/lib/quotes/storefront";
import { addressBookOf, SNAPSHOT_SELECT } from "@/lib/sales-documents/addresses";
import { nextNumber } from "@/lib/sales-documents/numbers";
import { holdsCapability } from "@/lib/shop-access/service";
import { priceLines } from "@/lib/shopping-lists/pricing";
import type { ShopWebsite } from "@/lib/websites/website";

import type { CheckoutValues } from "./checkout-schema";

export { checkoutAddresses } from "@/lib/sales-documents/addresses";

/** A localization code that is not a language tag Intl knows still gets a readable amount. */
const moneyLocale = (code: string) => {
  try {
    return Intl.NumberFormat.supportedLocalesOf(code).length > 0 ? code : "en";
  } catch {
    return "en";
  }
};

type Line = { sku: string; name: string; quantity: number; unitPrice: number; lineTotal: number };
type Source = {
  lines: Line[];
  subtotal: number;
  currency: string;
  poNumber: string | null;
  quoteId: string | null;
  audit: Record<string, unknown>;
};

/** The list is locked, every line is priced again here at the customer's current price (the browser never sends a price), and the list is removed. */
async function fromList(tx: Tx, customer: CustomerSession, listId: string): Promise<Source> {
  const viewer = {
    customerUserId: customer.id,
    companyId: customer.companyId,
    customerGroupId: customer.customerGroupId,
  };
  const [list] = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "ShoppingList" WHERE id = ${listId} AND "customerUserId" = ${customer.id} FOR UPDATE`;
  if (!list) throw new DomainError("notFound");
  const listLines = await tx.shoppingListLine.findMany({
    where: { shoppingListId: list.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { productId: true, sku: true, name: true, quantity: true },
  });
  if (listLines.length === 0) throw new DomainError("emptyList");
  const priced = await priceLines(viewer, listLines);
  if (!priced.complete) throw new DomainError("productUnavailable");
  await tx.shoppingList.delete({ where: { id: list.id } });
  return {
    lines: priced.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unitPrice!.amount,
      lineTotal: l.lineTotal!,
    })),
    subtotal: priced.subtotal,
    currency: priced.currency ?? CURRENCY,
    poNumber: null,
    quoteId: null,
    audit: {},
  };
}

/** An open quote of the customer's own company, at the quote's prices; it is marked accepted in the order's transaction, so it becomes one order at most. */
async function fromQuote(tx: Tx, customer: CustomerSession, quoteId: string, ip: string | null): Promise<Source> {
  const quote = await settle(tx, customer, { id: quoteId }, new Date(), "ACCEPTED");
  await recordAudit(tx, shopActor(customer, ip), {
    entity: "quote",
    entityId: quote.id,
    action: "update",
    before: { status: "SENT" },
    after: { status: "ACCEPTED" },
  });
  return {
    lines: quote.lines,
    subtotal: quote.total,
    currency: quote.currency,
    poNumber: quote.requestForQuote?.poNumber ?? null,
    quoteId: quote.id,
    audit: { fromQuote: quote.number },
  };
}

/**
 * Places the order for one of the customer's own lists, or for an open quote they accept, in one transaction:
 * the lines come from the server, the chosen addresses are copied onto the order and the confirmation is queued.
 */
export async function placeOrder(
  customer: CustomerSession,
  website: ShopWebsite,
  values: CheckoutValues,
  ip: string | null,
): Promise<{ id: string; number: string }> {
  if (!(await holdsCapability(customer.id, "place-orders"))) throw new DomainError("forbidden");
  if (!values.listId === !values.quoteId) throw new DomainError("notFound");
  return transaction(async (tx) => {
    const source = values.quoteId
      ? await fromQuote(tx, customer, values.quoteId, ip)
      : await fromList(tx, customer, values.listId!);
    const address = (id: string, kind: "billing" | "shipping") =>
      tx.customerAddress.findFirst({
        where: { AND: [addressBookOf(customer), { id, [kind]: true }] },
        select: SNAPSHOT_SELECT,
      });
    const [billing, shipping] = await Promise.all([
      address(values.billingAddressId, "billing"),
      address(values.shippingAddressId, "shipping"),
    ]);
    if (!billing) throw new DomainError("addressUnknown", "billingAddressId");
    if (!shipping) throw new DomainError("addressUnknown", "shippingAddressId");

    const number = await nextNumber(tx, "order_number_seq", "SO");
    const { currency, subtotal } = source;
    const poNumber = values.poNumber ?? source.poNumber;
    const order = await tx.order.create({
      data: {
        number,
        companyId: customer.companyId,
        customerUserId: customer.id,
        poNumber,
        currency,
        quoteId: source.quoteId,
        createdByStaffUserId: customer.impersonation?.staffUserId ?? null,
        impersonationSessionId: customer.impersonation?.sessionId ?? null,
        subtotal,
        total: subtotal,
        billingAddress: billing,
        shippingAddress: shipping,
        lines: { create: source.lines },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, shopActor(customer, ip), {
      entity: "order",
      entityId: order.id,
      action: "create",
      after: {
        number,
        customerUserId: customer.id,
        poNumber,
        currency,
        total: subtotal,
        lines: source.lines.length,
        ...source.audit,
      },
    });
    const locale = customer.locale ?? website.defaultLocale;
    const createdOnBehalfNote = customer.impersonation
      ? (await getTranslations({ locale, namespace: "shop.orders" }))("createdOnBehalf")
      : "";
    await enqueueTemplatedEmail(tx, {
      key: "order-confirmation",
      idempotencyKey: `order-confirmation:${order.id}`,
      to: customer.email,
      recipientType: "customer-user",
      recipientId: customer.id,
      locale,
      vars: {
        firstName: customer.firstName,
        orderNumber: number,
        total: formatPrice({ amount: subtotal, currency }, moneyLocale(locale)),
        orderUrl: `${website.baseUrl.replace(/\/$/, "")}/orders/${encodeURIComponent(number)}`,
        websiteName: website.name,
        createdOnBehalfNote,
      },
    });
    return order;
  });
}
