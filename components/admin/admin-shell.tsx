import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import type { StaffSession } from "@/lib/identity/staff-session";
import { logoutAction } from "@/lib/staff-users/staff-actions";

import { ExportNotices } from "./export-notices";
import { visibleNavigation } from "./navigation";

export async function AdminShell({ staff, children }: { staff: StaffSession; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen">
      <aside className="w-56 shrink-0 bg-slate-900 text-slate-100">
        <p className="px-5 py-4 text-lg font-semibold">{t("common.appName")}</p>
        <nav aria-label={t("nav.main")} className="px-3">
          {visibleNavigation(staff).map((section) => (
            <div key={section.section} className="mb-4">
              <p className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-400">
                {t(`nav.${section.section}`)}
              </p>
              <ul className="mt-1">
                {section.items.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="block rounded px-2 py-1.5 text-sm hover:bg-slate-800">
                      {t(`nav.${item.label}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3 text-sm">
          <span data-testid="staff-email">{t("nav.signedInAs", { email: staff.email })}</span>
          <Link href="/admin/account" className="underline">
            {t("nav.account")}
          </Link>
          <form action={logoutAction}>
            <Button type="submit" variant="secondary">
              {t("nav.signOut")}
            </Button>
          </form>
        </header>
        <main className="p-6">
          <ActionNotice />
          <ExportNotices staff={staff} />
          {children}
        </main>
      </div>
    </div>
  );
}
