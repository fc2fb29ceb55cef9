import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { ClientMessages } from "@/components/i18n/client-messages";
import { ShopHeader } from "@/components/storefront/shop-header";

import "../globals.css";

export const metadata: Metadata = { title: { default: "Concierge shop", template: "%s · Concierge shop" } };

/** The storefront speaks the customer's preferred localization, else the website's default (lib/i18n/request.ts). */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <ClientMessages scope="/">
          <ShopHeader />
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
