import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Notice } from "@/components/ui/notice";
import { exportFailureOf, unseenFinishedExports } from "@/lib/customer-users/export-jobs";
import type { StaffSession } from "@/lib/identity/staff-session";

import { ExportJobButton } from "./customer-users/export-job-button";

/**
 * The back office's notice of the viewer's own exports that finished since they last looked: the
 * download link (downloading counts as seen) or why it failed, and Dismiss.
 */
export async function ExportNotices({ staff }: { staff: StaffSession }) {
  if (!staff.can("customers/customer-user/export") || !staff.can("customers/customer-user/view")) return null;
  const jobs = await unseenFinishedExports(staff);
  if (jobs.length === 0) return null;
  const t = await getTranslations("customerUsers.exports");
  return (
    <div className="mb-4 space-y-2">
      {jobs.map((job) => (
        <Notice key={job.id} tone={job.status === "DONE" ? "success" : "error"} testId="export-notice">
          <span className="flex flex-wrap items-center gap-3">
            {job.status === "DONE"
              ? t("ready", { file: job.fileName, rows: job.rows })
              : t("failed", { file: job.fileName, error: t(`failure.${exportFailureOf(job.error)}`) })}
            {job.status === "DONE" && (
              <a className="underline" href={`/admin/customer-users/exports/${job.id}/download`} download>
                {t("download")}
              </a>
            )}
            <Link className="underline" href="/admin/customer-users/exports">
              {t("title")}
            </Link>
            <ExportJobButton id={job.id} kind="dismiss" label={t("dismiss")} />
          </span>
        </Notice>
      ))}
    </div>
  );
}
