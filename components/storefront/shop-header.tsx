import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ThemeControl } from "@/components/shared/theme-control";
import { currentCustomer, endedImpersonation } from "@/lib/identity/shop-session";
import { customerLogoutAction } from "@/lib/shop-account/shop-public-actions";
import { countLists } from "@/lib/shopping-lists/service";
import { currentWebsite } from "@/lib/websites/website";

import { ImpersonationBanner, ImpersonationEnded } from "./impersonation-banner";

/** The storefront's header: the website's name, and signing in or the signed-in customer's account. */
export async function ShopHeader() {
  const [t, tc, website, customer, ended] = await Promise.all([
    getTranslations("shop.header"),
    getTranslations("common"),
    currentWebsite(),
    currentCustomer({ allowPreview: true }),
    endedImpersonation(),
  ]);
  // a preview tab shows content pages only: no links to the customer's orders or account
  const preview = customer?.impersonation?.purpose === "PREVIEW";
  const lists = customer && !preview ? await countLists(customer.id) : 0;
  const themeSwitch = <ThemeControl />;
  /** the header's links, in the wide bar and in the folded menu; test ids only once, on the wide bar */
  const links = (wide: boolean) =>
    customer ? (
      <>
        <span className="text-slate-600" data-testid={wide ? "shop-customer" : undefined}>
          {t("signedInAs", { name: `${customer.firstName} ${customer.lastName}` })}
        </span>
        {!preview && (
          <>
            <Link className="underline" href="/shopping-lists" aria-label={t("listsCount", { count: lists })}>
              {t("lists")}{" "}
              <span
                className="rounded-full bg-slate-200 px-1.5 text-xs text-slate-900"
                data-testid={wide ? "shopping-list-count" : undefined}
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
        {themeSwitch}
      </>
    ) : (
      <>
        <Link className="underline" href="/login">
          {t("signIn")}
        </Link>
        <Link className="underline" href="/register">
          {t("register")}
        </Link>
        {themeSwitch}
      </>
    );
  return (
    <>
      {customer?.impersonation && <ImpersonationBanner customer={customer} />}
      {ended && <ImpersonationEnded reason={ended} />}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-semibold" data-testid="shop-name">
            {website.name}
          </Link>
          {/* below 640 px the links fold into a disclosure: no script, nothing added to the page's bundle */}
          <nav aria-label={t("main")} className="hidden items-center gap-4 text-sm sm:flex" data-testid="shop-nav">
            {links(true)}
          </nav>
          <details className="group relative sm:hidden" data-testid="shop-menu">
            <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium">
              {tc("menu")}
            </summary>
            <nav
              aria-label={t("main")}
              className="absolute right-0 z-30 mt-2 flex w-64 max-w-[calc(100vw-2rem)] flex-col items-start gap-3 rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg"
            >
              {links(false)}
            </nav>
          </details>
        </div>
      </header>
    </>
  );
}
