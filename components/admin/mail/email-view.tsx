import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { EmailMessage } from "@/lib/generated/prisma/client";
import { EmailStatusBadge, MAIL_TIME } from "./email-status";

/**
 * The HTML part is the sender's markup: it is shown in a sandbox without scripts and without the
 * back office's origin, so it can neither run code nor reach the session. Its links open in a new
 * tab (base target plus allow-popups, whose pages escape the sandbox to work normally).
 */
function frameDocument(html: string) {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><base target="_blank">${html}`;
}

export async function EmailView({ message }: { message: EmailMessage }) {
  const [t, format] = await Promise.all([getTranslations("mail"), getFormatter()]);
  const facts: [string, ReactNode][] = [
    [t("columns.to"), message.to],
    [t("columns.status"), <EmailStatusBadge key="s" status={message.status} label={t(`status.${message.status}`)} />],
    [t("columns.createdAt"), format.dateTime(message.createdAt, MAIL_TIME)],
    [t("columns.sentAt"), message.sentAt ? format.dateTime(message.sentAt, MAIL_TIME) : "—"],
    [t("columns.attempts"), String(message.attempts)],
    ...(message.lastError ? ([[t("columns.lastError"), message.lastError]] as [string, ReactNode][]) : []),
  ];
  return (
    <section>
      <div className="mb-4 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold" data-testid="mail-subject">{message.subject}</h1>
        <ButtonLink variant="secondary" href="/admin/mailbox">{t("back")}</ButtonLink>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {message.html && (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("htmlPart")}</h2>
          <iframe
            title={t("htmlPart")}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={frameDocument(message.html)}
            className="mt-2 h-96 w-full rounded-lg border border-slate-200 bg-white"
            data-testid="mail-html"
          />
        </>
      )}
      <h2 className="mt-6 text-lg font-semibold">{t("textPart")}</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-white p-4 text-sm shadow" data-testid="mail-text">{message.text}</pre>
    </section>
  );
}
