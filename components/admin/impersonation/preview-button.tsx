"use client";

import { useTranslations } from "next-intl";

import { ActionButton } from "@/components/ui/action-button";
import { startPreviewAction } from "@/lib/impersonation/staff-actions";

/**
 * "Preview as": opens the page in a new tab, signed in as this customer in a read-only session. A
 * refusal re-renders the page, which then shows a preview left open with the button that ends it.
 */
export function PreviewButton({
  cmsPageId,
  customerUserId,
  name,
}: {
  cmsPageId: string;
  customerUserId: string;
  name: string;
}) {
  const t = useTranslations("impersonation.preview");
  return (
    <ActionButton
      run={() => startPreviewAction({ cmsPageId, customerUserId })}
      ariaLabel={t("as", { name })}
      errorTestId="preview-error"
      refreshOnError
      onOk={(data) => data && window.open(data.url, "_blank", "noopener")}
    >
      {t("button")}
    </ActionButton>
  );
}
