import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/storefront/account/account-nav";
import { ApplicationActions } from "@/components/storefront/api-access/application-actions";
import { ListPager, pageOf } from "@/components/storefront/quotes/doc-table";
import { ActionNotice } from "@/components/ui/action-notice";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/i18n/dates";
import { requireCustomer } from "@/lib/identity/shop-session";
import { listShopApplications, SHOP_PAGE_SIZE } from "@/lib/oauth-applications/storefront";
import { customerAccess } from "@/lib/shop-access/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shop.apiAccess"))("title") };
}

/**
 * The OAuth applications that act as the customer user (and, for a customer administrator, those of
 * the colleagues their role reaches). A staff member signed in as the customer sees only a notice.
 */
export default async function ApiAccessPage({ searchParams }: PageProps<"/account/api-access">) {
  const customer = await requireCustomer("/account/api-access");
  const t = await getTranslations("shop.apiAccess");
  if (customer.impersonation)
    return (
      <main className="mx-auto max-w-4xl space-y-6 p-8">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <AccountNav current="api" />
        <Notice testId="api-access-restricted">{t("notWhileImpersonated")}</Notice>
      </main>
    );
  const page = pageOf((await searchParams).page);
  const [locale, ts, { rows, total }] = await Promise.all([
    getLocale(),
    getTranslations("shop"),
    listShopApplications(await customerAccess(customer), page),
  ]);
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountNav current="api" />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ActionNotice />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="api-access-empty">
          {t("empty")}
        </p>
      ) : (
        <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm" data-testid="api-applications">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  {t("columns.name")}
                </th>
                <th scope="col">{t("columns.owner")}</th>
                <th scope="col">{t("columns.lastUsed")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-100" data-testid="api-application-row">
                  <td className="py-2">{r.name}</td>
                  <td>{r.owner ? `${r.owner.name} (${r.owner.email})` : t("you")}</td>
                  <td>{r.lastUsedAt ? formatDateTime(r.lastUsedAt, locale) : t("neverUsed")}</td>
                  <td data-testid="api-application-status">{t(`status.${r.status}`)}</td>
                  <td>
                    <ApplicationActions
                      id={r.id}
                      name={r.name}
                      may={{ deactivate: r.mayDeactivate, delete: r.mayDelete }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        base="/account/api-access"
        page={page}
        size={SHOP_PAGE_SIZE}
        total={total}
        labels={{ previous: ts("products.previous"), next: ts("products.next") }}
      />
    </main>
  );
}
