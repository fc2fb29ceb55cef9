"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/ui/action-button";
import { setCustomerUserEnabledAction } from "@/lib/customer-users/staff-actions";

/** Enable / Disable in place; the page re-renders with the new state, a refusal (no role yet) shows beside it. */
export function EnableButton({ id, enabled, className }: { id: string; enabled: boolean; className?: string }) {
  const t = useTranslations("customerUsers");
  return (
    <ActionButton
      run={() => setCustomerUserEnabledAction({ id, enabled: !enabled })}
      className={className}
      errorTestId="row-message"
      done={t(enabled ? "notice.disabled" : "notice.enabled")}
    >
      {t(enabled ? "actions.disable" : "actions.enable")}
    </ActionButton>
  );
}
