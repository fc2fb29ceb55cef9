import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { NewDocument } from "@/components/admin/orders/new-document";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getRequestForStaff } from "@/lib/requests-for-quote/service";

export const metadata: Metadata = { title: "New quote" };

/** The quote form, prefilled with the request's lines at the customer's prices; staff who may change quote prices negotiate them. */
export default async function QuoteFromRequestPage({ params }: PageProps<"/admin/requests-for-quote/[number]/quote">) {
  // the form starts from the request's lines: it shows a request for quote, which quotes' view permission guards
  const staff = await requireStaffPage("sales/quote/create", "sales/quote/view");
  const [t, rfq] = await Promise.all([
    getTranslations("requestsForQuote"),
    getRequestForStaff((await params).number, staff.can),
  ]);
  if (!rfq?.customerUserId) notFound();
  const lines = rfq.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: "" }));
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">
        {rfq.company
          ? t("detail.quoteTitle", { number: rfq.number, company: rfq.company.name })
          : t("detail.quoteTitleNoCompany", { number: rfq.number })}
      </h1>
      <NewDocument
        kind="quote"
        customerUserId={rfq.customerUserId}
        staff={staff}
        fromRequest={{ requestForQuoteId: rfq.id, lines }}
      />
    </section>
  );
}
