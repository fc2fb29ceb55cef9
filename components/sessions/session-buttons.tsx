"use client";

import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { type ActionResult } from "@/lib/actions/result";

/** Signs out one other session through the realm's own action; the label comes translated from the server. */
export function EndSessionButton({
  action,
  id,
  label,
  ariaLabel,
}: {
  action: (input: { id: string }) => Promise<ActionResult>;
  id: string;
  label: string;
  ariaLabel: string;
}) {
  return (
    <ActionButton
      run={() => action({ id })}
      className={buttonClass("secondary")}
      testId="end-session"
      errorTestId="session-error"
      ariaLabel={ariaLabel}
    >
      {label}
    </ActionButton>
  );
}

export function EndOtherSessionsButton({
  action,
  label,
}: {
  action: (input: Record<string, never>) => Promise<ActionResult>;
  label: string;
}) {
  return (
    <ActionButton
      run={() => action({})}
      className={buttonClass("secondary")}
      testId="end-other-sessions"
      errorTestId="session-error"
    >
      {label}
    </ActionButton>
  );
}
