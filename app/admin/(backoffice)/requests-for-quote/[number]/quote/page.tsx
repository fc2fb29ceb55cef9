import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/admin/orders/document-form";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { CURRENCY } from "@/lib/orders/money";
import { getRequestForStaff } from "@/lib/requests-for-quote/service";

export const metadata: Metadata = { title: "New quote" };

/** The quote form, prefilled with the request's lines; staff enter the prices. */
export default async function QuoteFromRequestPage({ params }: PageProps<"/admin/requests-for-quote/[number]/quote">) {
  await requireStaffPage("sales/quote/create");
  const [t, rfq] = await Promise.all([getTranslations("requestsForQuote"), getRequestForStaff((await params).number)]);
  if (!rfq?.customerUser) notFound();
  const lines = rfq.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, unitPrice: "" }));
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">{t("detail.quoteTitle", { number: rfq.number, company: rfq.company.name })}</h1>
      <DocumentForm kind="quote" customerUserId={rfq.customerUser.id} currency={CURRENCY} fromRequest={{ requestForQuoteId: rfq.id, lines }} />
    </section>
  );
}
