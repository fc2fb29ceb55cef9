import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { getProduct } from "@/lib/catalog/storefront";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { permissionsOfUser } from "@/lib/shop-access/service";

import type { RequestForQuoteValues, ShoppingListRequestValues } from "./schema";

/** The signed-in customer user as a request needs them: who, which company, and the group that decides visibility. */
export type Requester = { id: string; companyId: string; customerGroupId: string | null };
type Line = { sku: string; quantity: number; targetPrice: number | null };

/** Asking for quotes takes the "request-quote" capability and the right to create requests for quote. */
async function assertMayRequest(customer: Requester) {
  const p = await permissionsOfUser(customer.id);
  if (!p.capabilities.includes("request-quote") || p.levels["request-for-quote"].CREATE === "NONE")
    throw new DomainError("forbidden");
}

/** Each SKU must name a product this customer may see; the catalogue's name is stored, not the typed one. */
async function priceableLines(customer: Requester, lines: Line[]) {
  const viewer = {
    customerUserId: customer.id,
    companyId: customer.companyId,
    customerGroupId: customer.customerGroupId,
  };
  return Promise.all(
    lines.map(async (l, i) => {
      const product = await getProduct(viewer, l.sku);
      if (!product) throw new DomainError("rfqUnknownSku", `lines.${i}.sku`, { sku: l.sku });
      return { sku: product.sku, name: product.name, quantity: l.quantity, targetPrice: l.targetPrice };
    }),
  );
}

async function create(
  tx: Tx,
  actor: Actor,
  customer: Requester,
  values: { poNumber: string | null; note: string | null },
  lines: Awaited<ReturnType<typeof priceableLines>>,
) {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('"rfq_number_seq"') AS n`;
  const number = `RFQ-${String(row!.n).padStart(6, "0")}`;
  const rfq = await tx.requestForQuote.create({
    data: {
      number,
      companyId: customer.companyId,
      customerUserId: customer.id,
      poNumber: values.poNumber,
      note: values.note,
      lines: { create: lines },
    },
    select: { id: true, number: true },
  });
  await recordAudit(tx, actor, {
    entity: "request-for-quote",
    entityId: rfq.id,
    action: "create",
    after: { number, poNumber: values.poNumber, lines: lines.length },
  });
  return rfq;
}

/** A request for quote typed into the storefront form. */
export async function submitStandaloneRequest(actor: Actor, customer: Requester, values: RequestForQuoteValues) {
  await assertMayRequest(customer);
  const lines = await priceableLines(customer, values.lines);
  return transaction((tx) => create(tx, actor, customer, values, lines));
}

/**
 * A request for quote from one of the customer user's own shopping lists. A list of someone else
 * is "not found", exactly like a list that does not exist.
 */
export async function submitRequestForQuote(actor: Actor, customer: Requester, input: ShoppingListRequestValues) {
  await assertMayRequest(customer);
  const list = await prisma.shoppingList.findFirst({
    where: { id: input.shoppingListId, customerUserId: customer.id, companyId: customer.companyId },
    select: { lines: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { sku: true, quantity: true } } },
  });
  if (!list) throw new DomainError("notFound");
  const onList = new Map(list.lines.map((l) => [l.sku, l.quantity]));
  const chosen = input.lines ?? list.lines;
  if (chosen.length === 0) throw new DomainError("rfqEmptyList");
  chosen.forEach((l, i) => {
    if (!onList.has(l.sku)) throw new DomainError("rfqUnknownSku", `lines.${i}.sku`, { sku: l.sku });
  });
  const lines = await priceableLines(
    customer,
    chosen.map((l) => ({ sku: l.sku, quantity: l.quantity, targetPrice: null })),
  );
  return transaction((tx) => create(tx, actor, customer, input, lines));
}
