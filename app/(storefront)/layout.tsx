import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ShopHeader } from "@/components/storefront/shop-header";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Concierge shop", template: "%s · Concierge shop" } };

/** The storefront speaks the customer's preferred localization, else the website's default (lib/i18n/request.ts). */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <NextIntlClientProvider>
          <ShopHeader />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
