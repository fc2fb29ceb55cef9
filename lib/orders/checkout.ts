import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { CustomerSession } from "@/lib/auth/customer-session";
import { formatPrice } from "@/lib/catalog/pricing";
import { customerActor } from "@/lib/customer-account/service";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import { getTranslations } from "next-intl/server";
import { priceLines } from "@/lib/shopping-lists/pricing";
import type { ShopWebsite } from "@/lib/storefront/website";
import { holdsCapability } from "@/lib/customer-access/service";
import { addressBookOf, addressLines, SNAPSHOT_SELECT } from "./addresses";
import type { CheckoutValues } from "./checkout-schema";
import { CURRENCY } from "./money";
import { nextNumber } from "./service";

/** A localization code that is not a language tag Intl knows still gets a readable amount. */
const moneyLocale = (code: string) => {
  try {
    return Intl.NumberFormat.supportedLocalesOf(code).length > 0 ? code : "en";
  } catch {
    return "en";
  }
};

/**
 * Places the order for one of the customer's own lists in one transaction: the list is locked, every
 * line is priced again here at the customer's current price (the browser never sends a price), the
 * chosen addresses are copied onto the order, the list is removed and the confirmation is queued.
 */
export async function placeOrder(customer: CustomerSession, website: ShopWebsite, values: CheckoutValues, ip: string | null): Promise<{ id: string; number: string }> {
  if (!(await holdsCapability(customer.id, "place-orders"))) throw new DomainError("forbidden");
  const viewer = { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId };
  return prisma.$transaction(async (tx) => {
    const [list] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ShoppingList" WHERE id = ${values.listId} AND "customerUserId" = ${customer.id} FOR UPDATE`;
    if (!list) throw new DomainError("notFound");
    const listLines = await tx.shoppingListLine.findMany({ where: { shoppingListId: list.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { productId: true, sku: true, name: true, quantity: true } });
    if (listLines.length === 0) throw new DomainError("emptyList");
    const priced = await priceLines(viewer, listLines);
    if (!priced.complete) throw new DomainError("productUnavailable");
    const address = (id: string, kind: "billing" | "shipping") =>
      tx.customerAddress.findFirst({ where: { AND: [addressBookOf(customer), { id, [kind]: true }] }, select: SNAPSHOT_SELECT });
    const [billing, shipping] = await Promise.all([address(values.billingAddressId, "billing"), address(values.shippingAddressId, "shipping")]);
    if (!billing) throw new DomainError("addressUnknown", "billingAddressId");
    if (!shipping) throw new DomainError("addressUnknown", "shippingAddressId");

    const number = await nextNumber(tx, "order_number_seq", "SO");
    const currency = priced.currency ?? CURRENCY;
    const order = await tx.order.create({
      data: {
        number, companyId: customer.companyId, customerUserId: customer.id, poNumber: values.poNumber, currency,
        createdByStaffUserId: customer.impersonation?.staffUserId ?? null, impersonationSessionId: customer.impersonation?.sessionId ?? null,
        subtotal: priced.subtotal, total: priced.subtotal, billingAddress: billing, shippingAddress: shipping,
        lines: { create: priced.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, unitPrice: l.unitPrice!.amount, lineTotal: l.lineTotal! })) },
      },
      select: { id: true, number: true },
    });
    await tx.shoppingList.delete({ where: { id: list.id } });
    await recordAudit(tx, customerActor(customer, ip), {
      entity: "order", entityId: order.id, action: "create",
      after: { number, customerUserId: customer.id, poNumber: values.poNumber, currency, total: priced.subtotal, lines: listLines.length },
    });
    const locale = customer.locale ?? website.defaultLocale;
    const createdOnBehalfNote = customer.impersonation ? (await getTranslations({ locale, namespace: "shop.orders" }))("createdOnBehalf") : "";
    await enqueueTemplatedEmail(tx, {
      key: "order-confirmation", idempotencyKey: `order-confirmation:${order.id}`, to: customer.email,
      recipientType: "customer-user", recipientId: customer.id, locale,
      vars: {
        firstName: customer.firstName, orderNumber: number, total: formatPrice({ amount: priced.subtotal, currency }, moneyLocale(locale)),
        orderUrl: `${website.baseUrl.replace(/\/$/, "")}/orders/${encodeURIComponent(number)}`, websiteName: website.name, createdOnBehalfNote,
      },
    });
    return order;
  });
}

/** The addresses offered at checkout, labelled for the pickers, with the defaults preselected. */
export async function checkoutAddresses(customer: { id: string; companyId: string }) {
  const rows = await prisma.customerAddress.findMany({
    where: { AND: [addressBookOf(customer), { OR: [{ billing: true }, { shipping: true }] }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, label: true, customerUserId: true, billing: true, shipping: true, defaultBilling: true, defaultShipping: true, ...SNAPSHOT_SELECT },
  });
  const option = (a: (typeof rows)[number]) => ({ id: a.id, label: [a.label, ...addressLines(a).slice(0, 4)].filter(Boolean).join(", ") });
  const billing = rows.filter((a) => a.billing);
  const shipping = rows.filter((a) => a.shipping);
  const preferred = (list: typeof rows, flag: "defaultBilling" | "defaultShipping") => (list.find((a) => a[flag] && a.customerUserId) ?? list.find((a) => a[flag]) ?? list[0])?.id ?? "";
  return {
    billing: billing.map(option), shipping: shipping.map(option),
    defaults: { billingAddressId: preferred(billing, "defaultBilling"), shippingAddressId: preferred(shipping, "defaultShipping") },
  };
}
