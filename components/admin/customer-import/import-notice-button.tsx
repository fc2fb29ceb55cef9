"use client";

import { ActionButton } from "@/components/ui/action-button";
import { dismissImportNoticeAction } from "@/lib/customer-import/staff-actions";

/** Dismiss the notice of one's own ended import, in place; the label comes from the server. */
export function ImportNoticeButton({ id, label }: { id: string; label: string }) {
  return (
    <ActionButton
      run={() => dismissImportNoticeAction({ id })}
      testId="import-notice-dismiss"
      errorTestId="import-notice-dismiss-error"
    >
      {label}
    </ActionButton>
  );
}
