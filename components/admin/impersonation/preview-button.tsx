"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { startPreviewAction } from "@/lib/impersonation/actions";

/** "Preview as": opens the page in a new tab, signed in as this customer in a read-only session. */
export function PreviewButton({ cmsPageId, customerUserId, name }: { cmsPageId: string; customerUserId: string; name: string }) {
  const t = useTranslations("impersonation.preview");
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const open = () => start(async () => {
    setError(null);
    const res = await startPreviewAction({ cmsPageId, customerUserId });
    if (res.ok && res.data) window.open(res.data.url, "_blank", "noopener");
    else if (!res.ok) setError(res.message);
  });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button type="button" className="underline disabled:opacity-50" disabled={pending || !hydrated} onClick={open} aria-label={t("as", { name })}>{t("button")}</button>
      {error && <span role="alert" className="text-sm text-red-700" data-testid="preview-error">{error}</span>}
    </span>
  );
}
