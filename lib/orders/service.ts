import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { CURRENCY, totals } from "./money";
import type { OrderFormValues } from "./schema";

/** The customer user a document is for, with their company; refused when the user is gone. */
export async function buyerOf(tx: Tx, customerUserId: string): Promise<{ id: string; companyId: string }> {
  const [user] = await tx.$queryRaw<{ id: string; companyId: string }[]>`SELECT id, "companyId" FROM "CustomerUser" WHERE id = ${customerUserId} FOR SHARE`;
  if (!user) throw new DomainError("notFound");
  return user;
}

/** "SO-000042" from a sequence: unique across concurrent transactions without a lock on the table. */
export async function nextNumber(tx: Tx, sequence: "order_number_seq" | "quote_number_seq", prefix: string): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT nextval('"${sequence}"') AS n`);
  return `${prefix}-${String(row!.n).padStart(6, "0")}`;
}

/** An order placed by staff for the customer user: the acting staff member is kept as its creator. */
export async function createOrder(actor: Actor, values: OrderFormValues): Promise<{ id: string; number: string }> {
  return prisma.$transaction(async (tx) => {
    const buyer = await buyerOf(tx, values.customerUserId);
    const number = await nextNumber(tx, "order_number_seq", "SO");
    const { lines, total } = totals(values.lines);
    const order = await tx.order.create({
      data: {
        number, companyId: buyer.companyId, customerUserId: buyer.id, poNumber: values.poNumber, currency: CURRENCY,
        subtotal: total, total, createdByStaffUserId: actor.staffId, lines: { create: lines },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, actor, {
      entity: "order", entityId: order.id, action: "create",
      after: { number, customerUserId: buyer.id, poNumber: values.poNumber, currency: CURRENCY, total, lines: lines.length },
    });
    return order;
  });
}
