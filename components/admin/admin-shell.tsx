import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { SkipLink } from "@/components/shared/skip-link";
import { ThemeControl } from "@/components/shared/theme-control";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { NavigationBusy } from "@/components/ui/navigation-busy";
import type { StaffSession } from "@/lib/identity/staff-session";
import { logoutAction } from "@/lib/staff-users/staff-actions";

import { AdminDrawer } from "./admin-drawer";
import { AdminNav } from "./admin-nav";
import { Breadcrumbs } from "./breadcrumbs";
import { ExportNotices } from "./export-notices";
import { ImportNotices } from "./import-notices";
import { visibleNavigation } from "./navigation";

const CRUMB_WORDS = [
  "details",
  "edit",
  "new",
  "delete",
  "preview",
  "impersonate",
  "customers",
  "addresses",
  "orders",
  "quotes",
  "quote",
  "import",
] as const;

/**
 * The back office around every page: the sidebar (a drawer below 1024 px), the header with the
 * account, the colour scheme and signing out, and the content, which a skip link reaches first.
 */
export async function AdminShell({ staff, children }: { staff: StaffSession; children: ReactNode }) {
  const t = await getTranslations();
  const sections = visibleNavigation(staff).map((s) => ({
    title: t(`nav.${s.section}`),
    items: s.items.map((i) => ({ href: i.href, label: t(`nav.${i.label}`) })),
  }));
  const crumbWords = Object.fromEntries(CRUMB_WORDS.map((w) => [w, t(`common.crumbs.${w}`)]));
  const nav = <AdminNav label={t("nav.main")} sections={sections} />;
  return (
    <div className="min-h-screen lg:flex">
      <NavigationBusy label={t("common.loading")}>
        <SkipLink label={t("common.skipToContent")} />
        <aside className="hidden w-56 shrink-0 bg-slate-900 text-slate-100 lg:block">
          <p className="px-5 py-4 text-lg font-semibold">{t("common.appName")}</p>
          {nav}
        </aside>
        <div className="min-w-0 flex-1">
          <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-3 text-sm lg:px-6">
            <AdminDrawer title={t("common.appName")} menuLabel={t("common.menu")} closeLabel={t("common.closeMenu")}>
              {nav}
            </AdminDrawer>
            <div className="ml-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
              <span data-testid="staff-email" className="break-all">
                {t("nav.signedInAs", { email: staff.email })}
              </span>
              <Link href="/admin/account" className="underline">
                {t("nav.account")}
              </Link>
              <ThemeControl />
              <form action={logoutAction}>
                <Button type="submit" variant="secondary">
                  {t("nav.signOut")}
                </Button>
              </form>
            </div>
          </header>
          <main id="content" tabIndex={-1} className="p-4 focus:outline-none lg:p-6">
            <Breadcrumbs label={t("common.breadcrumbs")} sections={sections} words={crumbWords} />
            <ActionNotice />
            <ExportNotices staff={staff} />
            <ImportNotices staff={staff} />
            {children}
          </main>
        </div>
      </NavigationBusy>
    </div>
  );
}
