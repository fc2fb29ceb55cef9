import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { ShopHeader } from "@/components/storefront/shop-header";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Concierge shop", template: "%s · Concierge shop" } };

/** The storefront speaks the customer's preferred localization, else the website's default (lib/i18n/request.ts). */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // the browser gets only what storefront client components read, not the back office's catalogue
  const clientMessages = { shop: messages.shop, errors: messages.errors };
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <NextIntlClientProvider messages={clientMessages}>
          <ShopHeader />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
