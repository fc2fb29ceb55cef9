import "server-only";

import { searchVisibleProducts, visibleProductsBySku } from "@/lib/catalog/storefront";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError, DomainFieldErrors, type FieldIssue } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { priceLines } from "@/lib/shopping-lists/pricing";
import type { ShopViewer } from "@/lib/storefront/context";

import { addressBookOf, checkoutAddresses, SNAPSHOT_SELECT, type AddressSnapshot } from "./addresses";
import type { CatalogMatch, LineValues } from "./lines";

/** The customer user a document is for, as the storefront sees them: their company and its customer group; locked against deletion. */
export async function buyerOf(
  tx: Tx,
  customerUserId: string,
): Promise<{ id: string; companyId: string; viewer: ShopViewer }> {
  const [user] = await tx.$queryRaw<{ id: string; companyId: string; customerGroupId: string | null }[]>(Prisma.sql`
    SELECT u.id, u."companyId", c."customerGroupId" FROM "CustomerUser" u JOIN "Company" c ON c.id = u."companyId"
    WHERE u.id = ${customerUserId} FOR SHARE OF u`);
  if (!user) throw new DomainError("notFound");
  return {
    id: user.id,
    companyId: user.companyId,
    viewer: { customerUserId: user.id, companyId: user.companyId, customerGroupId: user.customerGroupId },
  };
}

export type PricedLine = { sku: string; name: string; quantity: number; unitPrice: number };
/** A line sold at another price than the customer's own, for the audit log. */
export type PriceOverride = { sku: string; quantity: number; customerPrice: number; unitPrice: number };

/**
 * The lines as the catalog has them for this customer: each SKU must be an active product the
 * customer may see, named as the catalog names it, at the customer's price for its quantity (their
 * company's or group's price list, else the base price). A line with a price of its own is refused
 * unless the staff member holds the permission to change prices; then it is kept and reported, so
 * the caller audits it. Every refused line is reported at its field at once.
 */
export async function catalogLines(
  viewer: ShopViewer,
  lines: LineValues[],
  mayOverride: boolean,
): Promise<{ lines: PricedLine[]; currency: string; overrides: PriceOverride[] }> {
  const products = await visibleProductsBySku(viewer, [...new Set(lines.map((l) => l.sku))]);
  const priced = await priceLines(
    viewer,
    lines.map((l) => ({
      sku: l.sku,
      quantity: l.quantity,
      input: l.unitPrice,
      productId: products.get(l.sku)?.id ?? null,
    })),
  );
  const issues: FieldIssue[] = [];
  const out: PricedLine[] = [];
  const overrides: PriceOverride[] = [];
  const currencies = new Set<string>();
  priced.lines.forEach((l, i) => {
    const product = products.get(l.sku);
    if (!product || !l.unitPrice) {
      issues.push({ field: `lines.${i}.sku`, code: "unknownSku", values: { sku: l.sku } });
      return;
    }
    currencies.add(l.unitPrice.currency);
    const customerPrice = l.unitPrice.amount;
    if (l.input !== null && l.input !== customerPrice) {
      if (!mayOverride) issues.push({ field: `lines.${i}.unitPrice`, code: "priceOverrideForbidden" });
      else overrides.push({ sku: product.sku, quantity: l.quantity, customerPrice, unitPrice: l.input });
    }
    out.push({ sku: product.sku, name: product.name, quantity: l.quantity, unitPrice: l.input ?? customerPrice });
  });
  if (issues.length > 0) throw new DomainFieldErrors(issues);
  if (currencies.size > 1) throw new DomainError("mixedCurrencies", "lines");
  return { lines: out, currency: [...currencies][0]!, overrides };
}

/** Up to ten products the customer may buy whose SKU or name matches, at the customer's price for the quantity. */
export async function lookupCatalog(customerUserId: string, q: string, quantity: number): Promise<CatalogMatch[]> {
  const buyer = await transaction((tx) => buyerOf(tx, customerUserId));
  const found = await searchVisibleProducts(buyer.viewer, q, 10);
  const priced = await priceLines(
    buyer.viewer,
    found.map((p) => ({ productId: p.id, quantity, sku: p.sku, name: p.name })),
  );
  return priced.lines.flatMap((l) =>
    l.unitPrice ? [{ sku: l.sku, name: l.name, unitPrice: l.unitPrice.amount, currency: l.unitPrice.currency }] : [],
  );
}

/** A billing and a shipping address of the customer's address book, as the order keeps them; refused at the field otherwise. */
export async function bookAddresses(
  tx: Tx,
  buyer: { id: string; companyId: string },
  ids: { billingAddressId: string; shippingAddressId: string },
): Promise<{ billing: AddressSnapshot; shipping: AddressSnapshot }> {
  const address = (id: string, kind: "billing" | "shipping") =>
    tx.customerAddress.findFirst({
      where: { AND: [addressBookOf(buyer), { id, [kind]: true }] },
      select: SNAPSHOT_SELECT,
    });
  const [billing, shipping] = await Promise.all([
    address(ids.billingAddressId, "billing"),
    address(ids.shippingAddressId, "shipping"),
  ]);
  const issues: FieldIssue[] = [];
  if (!billing) issues.push({ field: "billingAddressId", code: "addressUnknownStaff" });
  if (!shipping) issues.push({ field: "shippingAddressId", code: "addressUnknownStaff" });
  if (issues.length > 0) throw new DomainFieldErrors(issues);
  return { billing: billing!, shipping: shipping! };
}

/** The order form's address pickers for a customer user: their address book, defaults first chosen; null when the user is gone. */
export async function addressChoicesFor(customerUserId: string) {
  const user = await prisma.customerUser.findUnique({
    where: { id: customerUserId },
    select: { id: true, companyId: true },
  });
  return user && checkoutAddresses(user);
}
