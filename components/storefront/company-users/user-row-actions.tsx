"use client";

import { useTranslations } from "next-intl";

import { ConfirmButton } from "@/components/ui/confirm-dialog";
import {
  deleteAccountUserAction,
  resetAccountUserPasswordAction,
  setAccountUserEnabledAction,
} from "@/lib/shop-company-users/shop-actions";

/**
 * Enable / disable, reset the password and delete for one row, each after a confirmation in a
 * dialog; what happened is announced in the page's notice area, a refusal inside the dialog.
 */
export function UserRowActions({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("shop.accountUsers");
  const cancelLabel = t("cancel");
  return (
    <span className="flex flex-wrap items-center gap-2">
      <ConfirmButton
        label={enabled ? t("disable") : t("enable")}
        question={t(enabled ? "confirmDisable" : "confirmEnable", { name })}
        cancelLabel={cancelLabel}
        tone={enabled ? "danger" : "primary"}
        run={() => setAccountUserEnabledAction({ id, enabled: !enabled })}
        done={t(enabled ? "disabledDone" : "enabledDone", { name })}
      />
      {enabled && (
        <ConfirmButton
          label={t("resetPassword")}
          question={t("confirmReset", { name })}
          cancelLabel={cancelLabel}
          tone="danger"
          run={() => resetAccountUserPasswordAction({ id })}
          done={t("resetSent")}
        />
      )}
      <ConfirmButton
        label={t("delete")}
        variant="danger"
        question={t("confirmDelete", { name })}
        cancelLabel={cancelLabel}
        tone="danger"
        run={() => deleteAccountUserAction({ id })}
        done={t("deletedDone", { name })}
      />
    </span>
  );
}
