"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { acceptQuoteAction, declineQuoteAction } from "@/lib/quotes/shop-actions";

/** Accept (which places the order) or decline an open quote; a refusal, e.g. expiry, is shown above the buttons. */
export function QuoteDecision({ number }: { number: string }) {
  const t = useTranslations("shop.quotes");
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(accept: boolean) {
    setBusy(true);
    setError(null);
    const res = accept ? await acceptQuoteAction({ number }) : await declineQuoteAction({ number });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    const order = res.data && "orderNumber" in res.data ? res.data.orderNumber : null;
    router.push(`/quotes/${number}?${order ? `order=${encodeURIComponent(order)}` : "notice=quote-declined"}`);
    router.refresh();
  }

  return (
    <div className="space-y-3" data-hydrated={hydrated} data-testid="quote-decision">
      {error && <Notice tone="error" testId="form-error">{error}</Notice>}
      <div className="flex gap-3">
        <Button type="button" onClick={() => decide(true)} disabled={busy}>{t("accept")}</Button>
        <Button type="button" variant="secondary" onClick={() => decide(false)} disabled={busy}>{t("decline")}</Button>
      </div>
    </div>
  );
}
