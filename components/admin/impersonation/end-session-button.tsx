"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { endImpersonationAction, endOwnImpersonationAction } from "@/lib/impersonation/staff-actions";

/** Ends a live session from the back office: one's own (e.g. its tab was closed) or, on the log, anyone's. */
export function EndSessionButton({ sessionId, own = true }: { sessionId: string; own?: boolean }) {
  const t = useTranslations("impersonation");
  return (
    <ActionButton
      run={() => (own ? endOwnImpersonationAction : endImpersonationAction)({ sessionId })}
      className={buttonClass("secondary")}
      testId="end-session"
    >
      {t("end")}
    </ActionButton>
  );
}
