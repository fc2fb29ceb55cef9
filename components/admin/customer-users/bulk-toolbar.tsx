"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";

import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useGridSelection } from "@/components/ui/grid-selection";
import { Typeahead, type TypeaheadOption } from "@/components/ui/typeahead";
import type { BulkAction, BulkRunSummary } from "@/lib/customer-users/bulk-schema";
import {
  bulkChangeCustomerUsersAction,
  bulkRunStatusAction,
  countMatchingCustomerUsersAction,
  searchSalesRepOptionsAction,
} from "@/lib/customer-users/staff-actions";

/**
 * Above the grid: how many rows are selected, "select all N matching", the bulk action with its
 * in-page confirmation, then the result, or a progress bar while the worker runs a large selection.
 */
export function BulkToolbar({
  actions,
  filters,
}: {
  /** the bulk actions the viewer may take */
  actions: BulkAction[];
  /** the grid's filters as the URL carries them: "every row matching" sends these */
  filters: Record<string, string>;
}) {
  const t = useTranslations("customerUsers.bulk");
  const s = useGridSelection();
  const router = useRouter();
  const [action, setAction] = useState<BulkAction | "">("");
  const [holder, setHolder] = useState<TypeaheadOption | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [run, setRun] = useState<BulkRunSummary | null>(null);
  const [pending, start] = useTransition();
  // the grid's count stops early on a long list: "every row matching" asks for the exact number
  const [exact, setExact] = useState<number | null>(null);
  const searchStaff = useCallback(async (q: string) => {
    const res = await searchSalesRepOptionsAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);

  // a run the worker does: follow its progress until it ends, then show the grid as it is now
  const ended = (r: BulkRunSummary) => r.status === "DONE" || r.status === "FAILED";
  const running = run && !ended(run) ? run.id : null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const res = await bulkRunStatusAction({ id: running });
      if (!res.ok || !res.data) return;
      setRun(res.data);
      if (ended(res.data)) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [running, router]);

  if (!s || actions.length === 0) return null;
  const total = exact ?? s.total;
  const count = s.allMatching ? total : s.selected.size;
  const selectMatching = () =>
    start(async () => {
      if (s.more && exact === null) {
        const res = await countMatchingCustomerUsersAction({ matching: filters });
        if (!res.ok) return setError(res.message);
        setExact(res.data!);
      }
      s.selectAllMatching();
    });
  const pageAll = s.pageIds.length > 0 && s.pageIds.every((id) => s.selected.has(id));

  const apply = () =>
    start(async () => {
      setError(null);
      const res = await bulkChangeCustomerUsersAction({
        action,
        ids: s.allMatching ? [] : [...s.selected],
        ...(s.allMatching ? { matching: filters } : {}),
        ...(action === "assign" ? { staffUserId: holder?.id } : {}),
      });
      setConfirming(false);
      if (!res.ok) return setError(res.fieldErrors?.staffUserId?.[0] ?? res.message);
      setRun(res.data!);
      s.clear();
      if (res.data!.status === "DONE") router.refresh();
    });

  return (
    <div className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="bulk-toolbar">
      <div className="flex flex-wrap items-end gap-3">
        <p aria-live="polite" data-testid="bulk-count">
          {count === 0 ? t("none") : s.allMatching ? t("allMatching", { count }) : t("selected", { count })}
        </p>
        {pageAll && !s.allMatching && total > s.pageIds.length && (
          <button
            type="button"
            className="underline"
            data-testid="bulk-select-matching"
            disabled={pending}
            onClick={selectMatching}
          >
            {s.more && exact === null
              ? t("selectMatchingMore", { count: total })
              : t("selectMatching", { count: total })}
          </button>
        )}
        {count > 0 && (
          <button type="button" className="underline" onClick={s.clear}>
            {t("clear")}
          </button>
        )}
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("action")}</span>
          <select
            className={inputClass}
            value={action}
            data-testid="bulk-action"
            onChange={(e) => {
              setAction(e.target.value as BulkAction | "");
              setConfirming(false);
            }}
          >
            <option value="">{t("choose")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        {action === "assign" && (
          <div className="min-w-64">
            <Typeahead
              id="bulk-assign-staff"
              label={t("staffUser")}
              value={holder?.id ?? ""}
              initialText=""
              clearLabel={t("clearStaffUser")}
              search={searchStaff}
              onChange={setHolder}
            />
          </div>
        )}
        {!confirming && (
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={!action || count === 0 || (action === "assign" && !holder)}
            data-testid="bulk-apply"
            onClick={() => setConfirming(true)}
          >
            {t("apply")}
          </button>
        )}
      </div>
      {confirming && action && (
        <div role="alertdialog" aria-label={t("confirmTitle")} className="mt-3 flex flex-wrap items-center gap-3">
          <p className="font-medium">{t(`confirm.${action}`, { count, staffUser: holder?.label ?? "" })}</p>
          <button
            type="button"
            className={buttonClass(action === "disable" ? "danger" : "primary")}
            disabled={pending}
            data-testid="bulk-confirm"
            onClick={apply}
          >
            {t("confirmButton")}
          </button>
          <button type="button" className="underline" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      )}
      {error && (
        <p className="mt-2 text-red-700" role="alert">
          {error}
        </p>
      )}
      {run && <RunProgress run={run} />}
    </div>
  );
}

function RunProgress({ run }: { run: BulkRunSummary }) {
  const t = useTranslations("customerUsers.bulk");
  return (
    <div className="mt-3" data-testid="bulk-result">
      {run.status === "DONE" ? (
        <p role="status">{t("done", { done: run.done - run.failed, failed: run.failed })}</p>
      ) : run.status === "FAILED" ? (
        <p role="alert" className="text-red-700" data-testid="bulk-failed">
          {t("failed", { done: run.done, total: run.total, reason: t(`failure.${run.failure ?? "error"}`) })}
        </p>
      ) : (
        <label className="flex items-center gap-3">
          <span>{t("running", { done: run.done, total: run.total })}</span>
          <progress className="w-64" max={run.total} value={run.done} data-testid="bulk-progress" />
        </label>
      )}
      <Link className="underline" href={`/admin/audit-log?run=${encodeURIComponent(run.id)}`} data-testid="bulk-audit">
        {t("auditLink")}
      </Link>
    </div>
  );
}
