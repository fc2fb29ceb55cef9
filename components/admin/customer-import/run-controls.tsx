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
import type { UndoResult } from "@/lib/customer-import/undo";

const ACTIVE = ["QUEUED", "RUNNING"];

/** The live progress of a queued or running import, polled every second until it ends. */
function ProgressBar({ id, initial }: { id: string; initial: ImportProgress }) {
  const t = useTranslations("customerImport");
  const router = useRouter();
  const [p, setP] = useState(initial);
  useEffect(() => {
    if (!ACTIVE.includes(p.status)) return;
    const timer = setTimeout(async () => {
      const res = await importProgressAction({ id });
      if (!res.ok || !res.data) return;
      setP(res.data);
      if (!ACTIVE.includes(res.data.status)) router.refresh();
    }, 1000);
    return () => clearTimeout(timer);
  }, [id, p, router]);
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

export function RunControls({
  id,
  checksum,
  progress,
  canRun,
}: {
  id: string;
  checksum: string;
  progress: ImportProgress;
  canRun: boolean;
}) {
  const t = useTranslations("customerImport");
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const { status } = progress;
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
      {!["UPLOADED", "VALIDATED"].includes(status) && <ProgressBar id={id} initial={progress} />}
      {ACTIVE.includes(status) && canRun && (
        <ActionButton
          run={() => cancelImportAction({ id })}
          className={buttonClass("secondary")}
          errorTestId="import-message"
        >
          {t("cancel")}
        </ActionButton>
      )}
      {["DONE", "CANCELLED", "FAILED"].includes(status) && canRun && (
        <ActionButton
          run={() => undoImportAction({ id })}
          className={buttonClass("danger")}
          errorTestId="import-message"
          onOk={(r) => setUndone(r ?? null)}
        >
          {t("undo")}
        </ActionButton>
      )}
      {undone && (
        <p role="status" className="text-sm" data-testid="undo-result">
          {t("undone", { restored: undone.restored, disabled: undone.disabled, skipped: undone.skipped.length })}
          {undone.skipped.length > 0 && ` ${t("undoSkipped", { lines: undone.skipped.map((s) => s.line).join(", ") })}`}
        </p>
      )}
    </div>
  );
}
