import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LiveSessionNotice } from "@/components/admin/impersonation/live-session-notice";
import { StartAssistForm } from "@/components/admin/impersonation/start-form";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { startPageState } from "@/lib/impersonation/service";

export const metadata: Metadata = { title: "Log in as a user" };

/** Oro's "Log in as a User": what the session will be, why it cannot start (if so), and the reason to give. */
/**
 * "Back" returns where the agent came from: Agent assist (with their search) or the customer user.
 * Only the known origin is honoured, so the link can never point off the back office.
 */
function back(customerId: string, raw: Record<string, string | string[] | undefined>) {
  if (raw.from !== "agent-assist") return { href: `/admin/customer-users/${customerId}`, label: "back" } as const;
  const q = typeof raw.q === "string" ? raw.q.slice(0, 200) : "";
  return {
    href: q ? `/admin/agent-assist?${new URLSearchParams({ q }).toString()}` : "/admin/agent-assist",
    label: "backToAgentAssist",
  } as const;
}

export default async function ImpersonatePage({
  params,
  searchParams,
}: PageProps<"/admin/customer-users/[id]/impersonate">) {
  // signing in as someone shows who they are: the page needs the customer user's view permission too
  const staff = await requireStaffPage("customers/impersonation/start", "customers/customer-user/view");
  const { id } = await params;
  const [state, t, raw] = await Promise.all([startPageState(staff.id, id, staff.can), getTranslations(), searchParams]);
  if (!state) notFound();
  const { customer, refusal, live, maxMinutes } = state;
  const backTo = back(customer.id, raw);
  return (
    <div className="space-y-6">
      <div>
        <Link className="text-sm underline" href={backTo.href} data-testid="impersonation-back">
          {t(`impersonation.start.${backTo.label}`)}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("impersonation.start.title", { name: customer.name })}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="impersonation-target">
          {customer.companyName === null
            ? t("impersonation.start.targetNoCompany", { email: customer.email, website: customer.websiteName })
            : t("impersonation.start.target", {
                email: customer.email,
                company: customer.companyName,
                website: customer.websiteName,
              })}
        </p>
      </div>
      {refusal && (
        <Notice tone="error" testId="impersonation-refusal">
          {t(`errors.${refusal}`)}
        </Notice>
      )}
      <LiveSessionNotice live={live} />
      <p className="text-sm text-slate-700">{t("impersonation.start.explain", { minutes: maxMinutes })}</p>
      <StartAssistForm customerUserId={customer.id} disabled={!!refusal || !!live} />
    </div>
  );
}
