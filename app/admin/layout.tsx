import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { ClientMessages } from "@/components/i18n/client-messages";
import { themeChoice, ThemeScript } from "@/components/shared/theme-script";

import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Concierge back office", template: "%s · Concierge" },
  robots: { index: false },
};

export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const [locale, theme] = await Promise.all([getLocale(), themeChoice()]);
  return (
    // the theme script may add "dark" before React hydrates
    <html lang={locale} className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-slate-100 text-slate-900 antialiased">
        <ClientMessages scope="/admin">{children}</ClientMessages>
      </body>
    </html>
  );
}
