import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { currentCustomer, endedImpersonation } from "@/lib/identity/shop-session";
import { customerLogoutAction } from "@/lib/shop-account/shop-public-actions";
import { countLists } from "@/lib/shopping-lists/service";
import { currentWebsite } from "@/lib/websites/website";

import { ImpersonationBanner, ImpersonationEnded } from "./impersonation-banner";

/** The storefront's header: the website's name, and signing in or the signed-in customer's account. */
export async function ShopHeader() {
  const [t, website, customer, ended] = await Promise.all([
    getTranslations("shop.header"),
    currentWebsite(),
    currentCustomer({ allowPreview: true }),
    endedImpersonation(),
  ]);
  // a preview tab shows content pages only: no links to the customer's orders or account
  const preview = customer?.impersonation?.purpose === "PREVIEW";
  const lists = customer && !preview ? await countLists(customer.id) : 0;
  return (
    <>
      {customer?.impersonation && <ImpersonationBanner customer={customer} />}
      {ended && <ImpersonationEnded reason={ended} />}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-6 py-3">
          <Link href="/" className="text-lg font-semibold" data-testid="shop-name">
            {website.name}
          </Link>
          <nav aria-label={t("main")} className="flex items-center gap-4 text-sm">
            {customer ? (
              <>
                <span className="text-slate-600" data-testid="shop-customer">
                  {t("signedInAs", { name: `${customer.firstName} ${customer.lastName}` })}
                </span>
                {!preview && (
                  <>
                    <Link className="underline" href="/shopping-lists" aria-label={t("listsCount", { count: lists })}>
                      {t("lists")}{" "}
                      <span
                        className="rounded-full bg-slate-200 px-1.5 text-xs text-slate-900"
                        data-testid="shopping-list-count"
                      >
                        {lists}
                      </span>
                    </Link>
                    <Link className="underline" href="/orders">
                      {t("orders")}
                    </Link>
                    <Link className="underline" href="/requests">
                      {t("requests")}
                    </Link>
                    <Link className="underline" href="/quotes">
                      {t("quotes")}
                    </Link>
                    <Link className="underline" href="/account">
                      {t("account")}
                    </Link>
                    <form action={customerLogoutAction}>
                      <button type="submit" className="underline">
                        {t("signOut")}
                      </button>
                    </form>
                  </>
                )}
              </>
            ) : (
              <>
                <Link className="underline" href="/login">
                  {t("signIn")}
                </Link>
                <Link className="underline" href="/register">
                  {t("register")}
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
    </>
  );
}
