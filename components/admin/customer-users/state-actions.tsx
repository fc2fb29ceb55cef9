"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";

import { ConfirmButton, ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/result";
import {
  resetCustomerUserPasswordAction,
  setCustomerUserEnabledAction,
  unlockCustomerUserAction,
} from "@/lib/customer-users/staff-actions";

/** The actions that change a customer user's state in place; each asks first and then says what it did. */
export type StateAction = "enable" | "disable" | "unlock" | "resetPassword";

const run: Record<StateAction, (id: string) => Promise<ActionResult>> = {
  enable: (id) => setCustomerUserEnabledAction({ id, enabled: true }),
  disable: (id) => setCustomerUserEnabledAction({ id, enabled: false }),
  unlock: (id) => unlockCustomerUserAction({ id }),
  resetPassword: (id) => resetCustomerUserPasswordAction({ id }),
};
const done: Record<StateAction, string> = {
  enable: "notice.enabled",
  disable: "notice.disabled",
  unlock: "notice.unlocked",
  resetPassword: "resetPassword.sent",
};

const tone = (a: StateAction) => (a === "disable" || a === "resetPassword" ? "danger" : "primary");

/** The confirmation of one state action on one customer user, opened by a button or a menu entry. */
export function StateActionDialog({
  action,
  id,
  name,
  onClose,
  returnFocus,
}: {
  action: StateAction | null;
  id: string;
  name: string;
  onClose: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}) {
  const t = useTranslations("customerUsers");
  // the last action stays rendered while the dialog closes
  const shown = action ?? "enable";
  return (
    <ConfirmDialog
      open={action !== null}
      onClose={onClose}
      title={t(`actions.${shown}`)}
      question={t(`confirm.${shown}`, { name })}
      confirmLabel={t(`actions.${shown}`)}
      cancelLabel={t("resetPassword.cancel")}
      tone={tone(shown)}
      run={() => run[shown](id)}
      done={t(done[shown])}
      returnFocus={returnFocus}
    />
  );
}

/** A state action as a button of its own (the view page); focus returns to it when the dialog closes. */
export function StateActionButton({
  action,
  id,
  name,
  className,
}: {
  action: StateAction;
  id: string;
  name: string;
  className?: string;
}) {
  const t = useTranslations("customerUsers");
  return (
    <ConfirmButton
      label={t(`actions.${action}`)}
      className={className}
      question={t(`confirm.${action}`, { name })}
      cancelLabel={t("resetPassword.cancel")}
      tone={tone(action)}
      run={() => run[action](id)}
      done={t(done[action])}
    />
  );
}
