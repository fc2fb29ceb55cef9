import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { totals } from "@/lib/money/money";
import { nextNumber } from "@/lib/sales-documents/numbers";
import { buyerOf, catalogLines } from "@/lib/sales-documents/staff-documents";

import type { QuoteFormValues } from "./schema";

/**
 * A quote prepared by staff for the customer user, as a draft, with the acting staff member as its
 * creator: catalog products at the customer's price, or at a negotiated one for a staff member who
 * may change quote prices (audited, as an accepted quote becomes an order at its prices).
 */
export async function createQuote(
  actor: Actor,
  values: QuoteFormValues,
  mayOverridePrice: boolean,
): Promise<{ id: string; number: string }> {
  return transaction(async (tx) => {
    const buyer = await buyerOf(tx, values.customerUserId);
    const catalog = await catalogLines(buyer.viewer, values.lines, mayOverridePrice);
    const number = await nextNumber(tx, "quote_number_seq", "QT");
    const { lines, total } = totals(catalog.lines);
    if (values.requestForQuoteId) {
      // the request must be the same company's and not cancelled; a quoted one may get a revised quote
      const rfq = await tx.requestForQuote.findFirst({
        where: { id: values.requestForQuoteId, companyId: buyer.companyId, status: { not: "CANCELLED" } },
        select: { status: true },
      });
      if (!rfq) throw new DomainError("rfqNotOpen");
      // drafting the first quote for it means someone is working on it
      if (rfq.status === "SUBMITTED")
        await tx.requestForQuote.update({ where: { id: values.requestForQuoteId }, data: { status: "PROCESSING" } });
    }
    const quote = await tx.quote.create({
      data: {
        number,
        companyId: buyer.companyId,
        customerUserId: buyer.id,
        validUntil: values.validUntil,
        currency: catalog.currency,
        total,
        createdByStaffUserId: actor.staffId,
        requestForQuoteId: values.requestForQuoteId,
        lines: { create: lines },
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, actor, {
      entity: "quote",
      entityId: quote.id,
      action: "create",
      after: {
        number,
        requestForQuoteId: values.requestForQuoteId,
        customerUserId: buyer.id,
        validUntil: values.validUntil,
        currency: catalog.currency,
        total,
        lines: lines.length,
        ...(catalog.overrides.length > 0 ? { priceOverrides: catalog.overrides } : {}),
      },
    });
    return quote;
  });
}
