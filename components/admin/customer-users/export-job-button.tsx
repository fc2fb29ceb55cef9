"use client";

import { ActionButton } from "@/components/ui/action-button";
import { cancelExportJobAction, dismissExportNoticeAction } from "@/lib/customer-users/export-job-actions";

const ACTIONS = { cancel: cancelExportJobAction, dismiss: dismissExportNoticeAction };

/** Cancel a running export, or dismiss the notice of a finished one, in place; the labels come from the server. */
export function ExportJobButton({
  id,
  kind,
  label,
  done,
}: {
  id: string;
  kind: keyof typeof ACTIONS;
  label: string;
  done?: string;
}) {
  return (
    <ActionButton
      run={() => ACTIONS[kind]({ id })}
      testId={`export-${kind}`}
      errorTestId={`export-${kind}-error`}
      done={done}
    >
      {label}
    </ActionButton>
  );
}
