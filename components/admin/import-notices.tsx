import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Notice } from "@/components/ui/notice";
import { unseenEndedImports } from "@/lib/customer-import/notices";
import type { StaffSession } from "@/lib/identity/staff-session";

import { ImportNoticeButton } from "./customer-import/import-notice-button";

const TONE = { DONE: "success", CANCELLED: "info", FAILED: "error" } as const;

/**
 * The back office's notice of the viewer's own imports that ended since they last looked: how each
 * ended with its counts, a link to the run (counts, error report, undo), and Dismiss.
 */
export async function ImportNotices({ staff }: { staff: StaffSession }) {
  if (!staff.can("customers/customer-user/import") || !staff.can("customers/customer-user/view")) return null;
  const runs = await unseenEndedImports(staff.id);
  if (runs.length === 0) return null;
  const t = await getTranslations("customerImport");
  return (
    <div className="mb-4 space-y-2">
      {runs.map((run) => (
        <Notice key={run.id} tone={TONE[run.status as keyof typeof TONE]} testId="import-notice">
          <span className="flex flex-wrap items-center gap-3">
            {t(`notice.${run.status as keyof typeof TONE}`, {
              file: run.fileName,
              read: run.committedRows,
              created: run.created,
              updated: run.updated,
              unchanged: run.unchanged,
              errors: run.errors,
            })}
            <Link className="underline" href={`/admin/customer-users/import/${run.id}`}>
              {t("notice.open")}
            </Link>
            <ImportNoticeButton id={run.id} label={t("notice.dismiss")} />
          </span>
        </Notice>
      ))}
    </div>
  );
}
