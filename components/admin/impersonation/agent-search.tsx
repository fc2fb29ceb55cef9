import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { TabTable } from "@/components/admin/customer-users/view/tab-table";
import { NoAccess } from "@/components/admin/no-access";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Sees } from "@/lib/acl/visibility";
import { AGENT_RESULTS_MAX, agentStatus, searchCustomersForAgent } from "@/lib/impersonation/agent-search";

/**
 * Find the caller by part of their e-mail or name, or their exact customer number, and sign in as
 * them. The results are customer users: searched only for agents who may view them, and their
 * companies shown only to those who may view companies.
 */
export async function AgentSearch({ query, sees }: { query: string; sees: Sees }) {
  const canSearch = sees("customers/customer-user/view");
  const canSeeCompanies = sees("customers/company/view");
  const [t, results] = await Promise.all([
    getTranslations("impersonation.agent"),
    canSearch ? searchCustomersForAgent(query) : [],
  ]);
  const now = new Date();
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <form method="get" action="/admin/agent-assist" role="search" className="mt-4 flex max-w-xl items-end gap-3">
        <label className="flex-1 text-sm">
          <span className="font-medium">{t("search")}</span>
          <input name="q" type="search" defaultValue={query} className={inputClass} autoFocus />
        </label>
        <Button type="submit" variant="secondary">
          {t("submit")}
        </Button>
      </form>
      {!canSearch && <NoAccess to="customerUsers" />}
      {canSearch && query && (
        <>
          <TabTable
            testId="agent-results"
            empty={t("empty")}
            headers={[
              t("columns.name"),
              t("columns.email"),
              ...(canSeeCompanies ? [t("columns.company")] : []),
              t("columns.website"),
              t("columns.customerNumber"),
              t("columns.status"),
              t("columns.actions"),
            ]}
            rows={results.map((u) => ({
              key: u.id,
              cells: [
                <Link
                  key="n"
                  className="underline"
                  href={`/admin/customer-users/${u.id}`}
                >{`${u.firstName} ${u.lastName}`}</Link>,
                u.email,
                ...(canSeeCompanies ? [u.company.name] : []),
                u.website.name,
                u.customerNumber,
                t(`status.${agentStatus(u, now)}`),
                <Link
                  key="a"
                  className="underline"
                  data-testid="agent-login-as"
                  href={`/admin/customer-users/${u.id}/impersonate?${new URLSearchParams({ from: "agent-assist", q: query }).toString()}`}
                >
                  {t("loginAs")}
                </Link>,
              ],
            }))}
          />
          {results.length === AGENT_RESULTS_MAX && (
            <p className="mt-2 text-sm text-slate-600">{t("more", { max: AGENT_RESULTS_MAX })}</p>
          )}
        </>
      )}
    </section>
  );
}
