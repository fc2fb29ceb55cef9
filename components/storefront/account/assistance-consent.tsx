"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { AssistanceConsentMode } from "@/lib/config/keys";
import { setAssistanceAllowedAction } from "@/lib/shop-account/assistance-consent-shop-actions";

/**
 * Whether staff may sign in to help: with "opt-out" no answer means yes, with "opt-in" it means no,
 * so the state shown is what applies now, and the button offers the other answer.
 */
export function AssistanceConsent({
  mode,
  answer,
}: {
  mode: Exclude<AssistanceConsentMode, "not-required">;
  answer: boolean | null;
}) {
  const t = useTranslations("shop.activity.consent");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const allowed = mode === "opt-in" ? answer === true : answer !== false;
  const state = answer === null ? (allowed ? "defaultAllowed" : "defaultRefused") : allowed ? "allowed" : "refused";
  const answerWith = (value: boolean) =>
    start(async () => {
      const res = await setAssistanceAllowedAction({ allowed: value });
      setMessage(
        res.ok
          ? { tone: "success", text: t(value ? "nowAllowed" : "nowRefused") }
          : { tone: "error", text: res.message },
      );
      if (res.ok) router.refresh();
    });
  return (
    <section
      className="space-y-3 rounded-lg border border-slate-200 p-4 text-sm"
      aria-labelledby="assistance-title"
      data-testid="assistance-consent"
    >
      <h2 id="assistance-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {message && (
        <Notice tone={message.tone} testId={message.tone === "error" ? "form-error" : "notice"}>
          {message.text}
        </Notice>
      )}
      <p data-testid="assistance-state">{t(`state.${state}`)}</p>
      <Button
        type="button"
        variant={allowed ? "secondary" : "primary"}
        disabled={pending || !hydrated}
        onClick={() => answerWith(!allowed)}
      >
        {t(allowed ? "refuse" : "allow")}
      </Button>
    </section>
  );
}
