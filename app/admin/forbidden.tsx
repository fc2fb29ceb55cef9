import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AdminShell } from "@/components/admin/admin-shell";
import { currentStaff } from "@/lib/identity/staff-session";

/**
 * Shown in place of a back-office page the user may not open. A signed-in staff user keeps the
 * shell and the navigation of what they may use, so they can go on from here.
 */
export default async function Forbidden() {
  const [t, staff] = await Promise.all([getTranslations("forbidden"), currentStaff()]);
  const body = (
    <section className="max-w-lg" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <Link href="/admin" className="mt-6 inline-block underline">
        {t("back")}
      </Link>
    </section>
  );
  return staff ? <AdminShell staff={staff}>{body}</AdminShell> : <main className="mx-auto max-w-lg p-10">{body}</main>;
}
