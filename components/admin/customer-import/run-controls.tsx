"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import type { ImportProgress } from "@/lib/customer-import/service";
import {
  cancelImportAction,
  importProgressAction,
  startImportAction,
  undoImportAction,
  validateImportAction,
} from "@/lib/customer-import/staff-actions";
import type { RunFailure } from "@/lib/run-attempts";

const ACTIVE = ["QUEUED", "RUNNING"];
const busy = (p: ImportProgress) => ACTIVE.includes(p.status) || ACTIVE.includes(p.undoStatus ?? "");

/**
 * The live progress of a queued or running import, or of its undo, polled every second until it
 * ends. The page keys the controls by the run's state, so a state the server moved to starts afresh.
 */
function useProgress(id: string, initial: ImportProgress) {
  const router = useRouter();
  const [p, setP] = useState(initial);
  useEffect(() => {
    if (!busy(p)) return;
    const timer = setTimeout(async () => {
      const res = await importProgressAction({ id });
      if (!res.ok || !res.data) return;
      setP(res.data);
      if (!busy(res.data)) router.refresh();
    }, 1000);
    return () => clearTimeout(timer);
  }, [id, p, router]);
  return p;
}

function ProgressBar({ p }: { p: ImportProgress }) {
  const t = useTranslations("customerImport");
  const percent = p.totalRows ? Math.floor((100 * p.committedRows) / p.totalRows) : p.status === "DONE" ? 100 : 0;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t("progress")}
        className="h-3 w-full max-w-xl overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-slate-800 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm" data-testid="import-progress">
        {percent} % ·{" "}
        {t("counts", {
          read: p.committedRows,
          created: p.created,
          updated: p.updated,
          unchanged: p.unchanged,
          errors: p.errors,
        })}
      </p>
    </div>
  );
}

/** The undo's progress while the worker takes the run back, then what it did. */
function UndoProgress({ p, skipped }: { p: ImportProgress; skipped: number[] }) {
  const t = useTranslations("customerImport");
  if (p.undoStatus === "DONE")
    return (
      <p role="status" className="text-sm" data-testid="undo-result">
        {t("undone", { restored: p.undoRestored, disabled: p.undoDisabled, skipped: p.undoSkipped })}
        {skipped.length > 0 && ` ${t("undoSkipped", { lines: skipped.join(", ") })}`}
      </p>
    );
  if (p.undoStatus === "FAILED")
    return (
      <p role="alert" className="text-sm text-red-700" data-testid="undo-failure">
        {t("undoFailed", { done: p.undoDone, total: p.undoTotal })}{" "}
        {t(`undoFailure.${(p.undoFailure ?? "error") as RunFailure}`)}
      </p>
    );
  return (
    <label className="flex items-center gap-3 text-sm">
      <span data-testid="undo-progress">{t("undoing", { done: p.undoDone, total: p.undoTotal })}</span>
      <progress className="w-64" max={p.undoTotal || 1} value={p.undoDone} />
    </label>
  );
}

export function RunControls({
  id,
  checksum,
  progress,
  skipped,
  canRun,
}: {
  id: string;
  checksum: string;
  progress: ImportProgress;
  /** lines of the changes the undo left as they were */
  skipped: number[];
  canRun: boolean;
}) {
  const t = useTranslations("customerImport");
  const router = useRouter();
  const p = useProgress(id, progress);
  const { status, undoStatus } = p;
  const button = buttonClass("primary");
  return (
    <div className="space-y-3">
      {(status === "UPLOADED" || status === "VALIDATED") && (
        <div className="flex flex-wrap gap-3">
          <ActionButton
            run={() => validateImportAction({ id })}
            className={buttonClass("secondary")}
            errorTestId="import-message"
          >
            {t("validate")}
          </ActionButton>
          {status === "VALIDATED" && canRun && (
            <ActionButton
              run={() => startImportAction({ id, checksum })}
              className={button}
              errorTestId="import-message"
            >
              {t("import")}
            </ActionButton>
          )}
        </div>
      )}
      {!["UPLOADED", "VALIDATED"].includes(status) && <ProgressBar p={p} />}
      {ACTIVE.includes(status) && canRun && (
        <ActionButton
          run={() => cancelImportAction({ id })}
          className={buttonClass("secondary")}
          errorTestId="import-message"
        >
          {t("cancel")}
        </ActionButton>
      )}
      {["DONE", "CANCELLED", "FAILED"].includes(status) && (!undoStatus || undoStatus === "FAILED") && canRun && (
        <ActionButton
          run={() => undoImportAction({ id })}
          className={buttonClass("danger")}
          errorTestId="import-message"
          onOk={() => router.refresh()}
        >
          {undoStatus === "FAILED" ? t("undoResume") : t("undo")}
        </ActionButton>
      )}
      {undoStatus && <UndoProgress p={p} skipped={skipped} />}
    </div>
  );
}
