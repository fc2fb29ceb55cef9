"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { declineQuoteAction } from "@/lib/quotes/shop-actions";

/**
 * Accept leads to checkout (addresses, PO number), which places the order and accepts the quote in one step;
 * decline settles it here. A refusal, e.g. expiry, is shown above the buttons.
 */
export function QuoteDecision({ id, number }: { id: string; number: string }) {
  const t = useTranslations("shop.quotes");
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decline() {
    setBusy(true);
    setError(null);
    const res = await declineQuoteAction({ number });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    router.push(`/quotes/${number}?notice=quote-declined`);
    router.refresh();
  }

  return (
    <div className="space-y-3" data-hydrated={hydrated} data-testid="quote-decision">
      {error && (
        <Notice tone="error" testId="form-error">
          {error}
        </Notice>
      )}
      <div className="flex gap-3">
        <ButtonLink href={`/checkout?quote=${encodeURIComponent(id)}`}>{t("accept")}</ButtonLink>
        <Button type="button" variant="secondary" onClick={decline} disabled={busy}>
          {t("decline")}
        </Button>
      </div>
    </div>
  );
}
