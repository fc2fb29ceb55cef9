"use client";

import { useTranslations } from "next-intl";

import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { setUserStatusAction } from "@/lib/staff-users/staff-actions";

/**
 * Activate / Deactivate from the list, asked first: deactivating signs the user out at once. A
 * refusal (e.g. the last manager) shows in the dialog; success says so in the notice area.
 */
export function StatusButton({
  id,
  to,
  label,
  name,
}: {
  id: string;
  to: "ACTIVE" | "DEACTIVATED";
  label: string;
  /** the user's name and e-mail, as the question names them */
  name: string;
}) {
  const t = useTranslations("users");
  return (
    <ConfirmButton
      label={label}
      className="underline disabled:opacity-50"
      question={t(to === "ACTIVE" ? "confirmStatus.activate" : "confirmStatus.deactivate", { name })}
      cancelLabel={t("confirmStatus.cancel")}
      tone={to === "ACTIVE" ? "primary" : "danger"}
      run={() => setUserStatusAction({ id, status: to })}
      done={t(to === "ACTIVE" ? "notice.activated" : "notice.deactivated")}
    />
  );
}
