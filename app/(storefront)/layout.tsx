import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { ClientMessages } from "@/components/i18n/client-messages";
import { SkipLink } from "@/components/shared/skip-link";
import { themeChoice, ThemeScript } from "@/components/shared/theme-script";
import { ShopHeader } from "@/components/storefront/shop-header";
import { NavigationBusy } from "@/components/ui/navigation-busy";

import "../globals.css";

export const metadata: Metadata = { title: { default: "Concierge shop", template: "%s · Concierge shop" } };

/** The storefront speaks the customer's preferred localization, else the website's default (lib/i18n/request.ts). */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [locale, theme, tc] = await Promise.all([getLocale(), themeChoice(), getTranslations("common")]);
  return (
    // the theme script may add "dark" before React hydrates
    <html lang={locale} className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <ClientMessages scope="/">
          <NavigationBusy label={tc("loading")}>
            <SkipLink label={tc("skipToContent")} />
            <ShopHeader />
            <div id="content" tabIndex={-1} className="focus:outline-none">
              {children}
            </div>
          </NavigationBusy>
        </ClientMessages>
      </body>
    </html>
  );
}
