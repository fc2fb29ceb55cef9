import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid } from "@/components/ui/admin-grid";
import { Notice } from "@/components/ui/notice";
import { exportFailureOf, type ExportJobRow } from "@/lib/customer-users/export-jobs";
import type { PageSize } from "@/lib/grid/params";
import { formatDateTime } from "@/lib/i18n/dates";

import { ExportJobButton } from "./export-job-button";
import { RefreshWhile } from "./refresh-while";

const BASE = "/admin/customer-users/exports";
const ACTIVE = new Set(["QUEUED", "RUNNING"]);

const percent = (job: ExportJobRow) =>
  job.status === "DONE" ? 100 : job.total ? Math.min(99, Math.floor((job.processed / job.total) * 100)) : 0;

/** 1,234,567 bytes as "1.2 MB" in the viewer's language. */
function size(bytes: number, locale: string) {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: "unit", unit: units[i], maximumFractionDigits: 1 }).format(n);
}

function Progress({ job, label }: { job: ExportJobRow; label: string }) {
  const value = percent(job);
  return (
    <div className="w-40">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        data-testid="export-progress"
        className="h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-sky-600" style={{ width: `${value}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600">{value} %</p>
    </div>
  );
}

/**
 * Customers > Customer Users > Exports: the viewer's export jobs (everyone's with export-all),
 * newest first, with a progress bar while they run; the page re-renders itself every second and a
 * half while one is queued or running, so the bar moves and the download appears when it is done.
 */
export async function ExportsGrid({
  rows,
  total,
  page,
  sizeParam,
  queued,
  showRequester,
  intro,
}: {
  rows: ExportJobRow[];
  total: number;
  page: number;
  sizeParam: PageSize;
  queued: boolean;
  showRequester: boolean;
  intro: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("customerUsers.exports"), getLocale()]);
  const at = (d: Date | null) => (d ? formatDateTime(d, locale) : "");
  const running = rows.some((r) => ACTIVE.has(r.status));
  return (
    <>
      {queued && (
        <div className="mb-4">
          <Notice tone="success" testId="export-queued">
            {t("queued")}
          </Notice>
        </div>
      )}
      <RefreshWhile active={running} />
      <AdminGrid
        t={t}
        intro={intro}
        testId="exports-table"
        rowTestId="export-row"
        rows={rows}
        total={total}
        params={{ page, size: sizeParam }}
        href={(change) => `${BASE}?page=${change.page ?? page}&size=${change.size ?? sizeParam}`}
        columns={[
          { key: "createdAt", cell: (r) => at(r.createdAt) },
          { key: "requestedBy", show: showRequester, cell: (r) => r.requestedBy.email },
          { key: "file", testId: "export-file", cell: (r) => r.fileName },
          {
            key: "status",
            testId: "export-status",
            cell: (r) =>
              t(`status.${r.status}`) + (r.status === "FAILED" ? `: ${t(`failure.${exportFailureOf(r.error)}`)}` : ""),
          },
          {
            key: "progress",
            cell: (r) =>
              ACTIVE.has(r.status) || r.status === "DONE" ? (
                <Progress job={r} label={t("progressOf", { file: r.fileName })} />
              ) : null,
          },
          { key: "rows", testId: "export-rows", cell: (r) => new Intl.NumberFormat(locale).format(r.rows) },
          { key: "size", cell: (r) => (r.bytes ? size(r.bytes, locale) : "") },
          { key: "expiresAt", cell: (r) => (r.status === "DONE" ? at(r.expiresAt) : "") },
        ]}
        actions={[
          {
            allowed: true,
            only: (r) => r.status === "DONE",
            render: (r) => (
              <a className="underline" href={`${BASE}/${r.id}/download`} data-testid="export-download" download>
                {t("download")}
              </a>
            ),
          },
          {
            allowed: true,
            only: (r) => ACTIVE.has(r.status),
            render: (r) => <ExportJobButton id={r.id} kind="cancel" label={t("cancel")} done={t("cancelled")} />,
          },
        ]}
      />
    </>
  );
}
