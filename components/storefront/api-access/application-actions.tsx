"use client";

import { useTranslations } from "next-intl";

import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deactivateShopApplicationAction, deleteShopApplicationAction } from "@/lib/oauth-applications/shop-actions";

/** Deactivate and delete where the viewer may, each after a confirmation in a dialog that shows a refusal. */
export function ApplicationActions({
  id,
  name,
  may,
}: {
  id: string;
  name: string;
  may: { deactivate: boolean; delete: boolean };
}) {
  const t = useTranslations("shop.apiAccess");
  return (
    <span className="flex flex-wrap items-center gap-2">
      {may.deactivate && (
        <ConfirmButton
          label={t("deactivate")}
          question={t("confirmDeactivate", { name })}
          cancelLabel={t("cancel")}
          tone="danger"
          run={() => deactivateShopApplicationAction({ id })}
          done={t("deactivatedDone", { name })}
        />
      )}
      {may.delete && (
        <ConfirmButton
          label={t("delete")}
          variant="danger"
          question={t("confirmDelete", { name })}
          cancelLabel={t("cancel")}
          tone="danger"
          run={() => deleteShopApplicationAction({ id })}
          done={t("deletedDone", { name })}
        />
      )}
    </span>
  );
}
