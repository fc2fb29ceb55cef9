"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { EmailDetail } from "@/lib/mail/service";
import { revealEmailAction } from "@/lib/mail/staff-actions";
import type { RenderedEmail } from "@/lib/mail/templates";

/**
 * The HTML part is the sender's markup: it is shown in a sandbox without scripts and without the
 * back office's origin, so it can neither run code nor reach the session. Its links open in a new
 * tab (base target plus allow-popups, whose pages escape the sandbox to work normally).
 */
function frameDocument(html: string) {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><base target="_blank">${html}`;
}

type Shown = Pick<EmailDetail, "id" | "subject" | "text" | "html" | "hidden" | "revealable">;

/**
 * Both parts of a stored message, links and passwords masked. Who may reveal them gets a button;
 * the revealed message lives in this component's state only, so a reload masks it again.
 */
export function EmailParts({ message, canReveal }: { message: Shown; canReveal: boolean }) {
  const t = useTranslations("mail");
  const hydrated = useHydrated();
  const [revealed, setRevealed] = useState<RenderedEmail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = revealed ?? message;

  async function reveal() {
    setBusy(true);
    setError(null);
    const res = await revealEmailAction({ id: message.id });
    setBusy(false);
    if (res.ok && res.data) setRevealed(res.data);
    else if (!res.ok) setError(res.message);
  }

  const note = message.revealable
    ? canReveal
      ? t("secrets.canReveal")
      : t("secrets.noPermission")
    : t("secrets.delivered");
  return (
    <div data-hydrated={hydrated}>
      {(message.hidden || message.revealable) && !revealed && (
        <div
          className="mt-6 flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
          data-testid="mail-secrets"
        >
          <p className="flex-1">{note}</p>
          {message.revealable && canReveal && (
            <Button type="button" onClick={reveal} disabled={busy}>
              {t("secrets.reveal")}
            </Button>
          )}
        </div>
      )}
      {error && (
        <div className="mt-3">
          <Notice tone="error" testId="form-error">
            {error}
          </Notice>
        </div>
      )}
      {revealed && (
        <div className="mt-6">
          <Notice testId="mail-revealed">{t("secrets.revealed")}</Notice>
          {revealed.subject !== message.subject && (
            <p className="mt-2 text-sm" data-testid="mail-revealed-subject">
              {t("secrets.subject", { subject: revealed.subject })}
            </p>
          )}
        </div>
      )}
      {shown.html && (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("htmlPart")}</h2>
          <iframe
            title={t("htmlPart")}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={frameDocument(shown.html)}
            className="mt-2 h-96 w-full rounded-lg border border-slate-200 bg-white"
            data-testid="mail-html"
          />
        </>
      )}
      <h2 className="mt-6 text-lg font-semibold">{t("textPart")}</h2>
      <pre
        className="relative mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-white p-4 text-sm shadow"
        data-testid="mail-text"
      >
        {shown.text}
      </pre>
    </div>
  );
}
