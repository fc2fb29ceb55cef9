import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { QuoteView } from "@/components/admin/quotes/quote-view";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { getQuoteForStaff } from "@/lib/quotes/staff";

export const metadata: Metadata = { title: "Quote" };
const NOTICES = ["created", "sent"] as const;

export default async function QuotePage({ params, searchParams }: PageProps<"/admin/quotes/[number]">) {
  const staff = await requireStaffPage("sales/quote/view");
  const [t, quote, { notice }] = await Promise.all([
    getTranslations("quotes.notice"),
    getQuoteForStaff((await params).number, staff.can),
    searchParams,
  ]);
  if (!quote) notFound();
  const known = NOTICES.find((n) => n === notice);
  return (
    <>
      {known && (
        <div className="mb-4">
          <Notice tone="success">{t(known)}</Notice>
        </div>
      )}
      <QuoteView quote={quote} canSend={staff.can("sales/quote/edit")} sees={staff.can} />
    </>
  );
}
