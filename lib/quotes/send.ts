import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/dates";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";

/** The amount as the recipient's language writes it; a localization code that is no language tag falls back to English. */
function money(locale: string, minor: number, currency: string): string {
  const format = (l: string) => new Intl.NumberFormat(l, { style: "currency", currency }).format(minor / 100);
  try {
    return format(locale);
  } catch {
    return format("en");
  }
}

/**
 * Sends a draft to its customer user: the quote becomes visible on the storefront, the request it
 * answers counts as quoted, and the e-mail goes into the outbox in the same transaction, so a
 * quote is never "sent" without its message (nor the other way round).
 */
export async function sendQuote(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const quote = await tx.quote.findUnique({
      where: { id },
      select: {
        number: true,
        status: true,
        total: true,
        currency: true,
        validUntil: true,
        requestForQuoteId: true,
        customerUser: {
          select: {
            id: true,
            email: true,
            firstName: true,
            lastName: true,
            preferredLocalization: { select: { code: true } },
            website: { select: { name: true, baseUrl: true, defaultLocalization: { select: { code: true } } } },
          },
        },
      },
    });
    if (!quote) throw new DomainError("notFound");
    const u = quote.customerUser;
    if (!u) throw new DomainError("quoteNoRecipient");
    const sent = await tx.quote.updateMany({ where: { id, status: "DRAFT" }, data: { status: "SENT" } });
    if (sent.count === 0) throw new DomainError("quoteNotDraft");
    if (quote.requestForQuoteId)
      await tx.requestForQuote.update({ where: { id: quote.requestForQuoteId }, data: { status: "QUOTED" } });
    await recordAudit(tx, actor, {
      entity: "quote",
      entityId: id,
      action: "update",
      before: { status: quote.status },
      after: { status: "SENT", sentTo: u.email },
    });

    const locale = u.preferredLocalization?.code ?? u.website.defaultLocalization.code;
    await enqueueTemplatedEmail(tx, {
      key: "quote-sent",
      idempotencyKey: `quote-sent:${id}`,
      to: u.email,
      recipientType: "customer-user",
      recipientId: u.id,
      locale,
      vars: {
        firstName: u.firstName,
        lastName: u.lastName,
        quoteNumber: quote.number,
        websiteName: u.website.name,
        total: money(locale, quote.total, quote.currency),
        validUntil: quote.validUntil ? formatDate(quote.validUntil, locale) : "—",
        quoteUrl: `${u.website.baseUrl.replace(/\/$/, "")}/quotes/${quote.number}`,
      },
    });
  });
}
