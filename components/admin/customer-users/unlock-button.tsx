"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/ui/action-button";
import { unlockCustomerUserAction } from "@/lib/customer-users/staff-actions";

/** Unlock in place: the lock and the failed sign-in count are cleared, and the page re-renders. */
export function UnlockButton({ id, className }: { id: string; className?: string }) {
  const t = useTranslations("customerUsers");
  return (
    <ActionButton
      run={() => unlockCustomerUserAction({ id })}
      className={className}
      errorTestId="unlock-message"
      done={t("notice.unlocked")}
    >
      {t("actions.unlock")}
    </ActionButton>
  );
}
