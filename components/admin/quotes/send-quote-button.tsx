"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { sendQuoteAction } from "@/lib/quotes/staff-actions";

/** Sends the draft and its e-mail; the page then shows it as sent. */
/** `email`: the recipient, named in the button's title to viewers who may view customer users. */
export function SendQuoteButton({ id, email }: { id: string; email?: string }) {
  const t = useTranslations("quotes");
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    setError(null);
    const res = await sendQuoteAction({ id });
    setBusy(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    router.push(`?notice=sent`);
    router.refresh();
  }

  return (
    <div className="flex items-center gap-3" data-hydrated={hydrated}>
      {error && (
        <Notice tone="error" testId="form-error">
          {error}
        </Notice>
      )}
      <Button type="button" onClick={send} disabled={busy} title={email ? t("sendTo", { email }) : undefined}>
        {t("send")}
      </Button>
    </div>
  );
}
