import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ExportsGrid } from "@/components/admin/customer-users/exports-grid";
import { getSettings } from "@/lib/config/settings";
import { listExportJobs } from "@/lib/customer-users/export-jobs";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage({ searchParams }: PageProps<"/admin/customer-users/exports">) {
  const staff = await requireStaffPage("customers/customer-user/export", "customers/customer-user/view");
  const raw = await searchParams;
  const { page, size } = parseGridParams(raw, { sorts: ["createdAt"], defaultSort: "createdAt" });
  const [t, settings, { rows, total }] = await Promise.all([
    getTranslations("customerUsers.exports"),
    getSettings(),
    listExportJobs(staff, { page, size }),
  ]);
  return (
    <ExportsGrid
      rows={rows}
      total={total}
      page={page}
      sizeParam={size}
      queued={typeof raw.queued === "string"}
      // whose export it is: a staff user's e-mail, so it also takes the permission to view staff users
      showRequester={staff.can("customers/customer-user/export-all") && staff.can("users/user/view")}
      intro={t("intro", { threshold: settings.exportJobThreshold, days: settings.exportRetentionDays })}
    />
  );
}
