import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { ButtonLink } from "@/components/ui/button";
import { formatDateTime } from "@/lib/i18n/dates";
import type { EmailDetail } from "@/lib/mail/service";

import { EmailParts } from "./email-parts";
import { EmailStatusBadge } from "./email-status";

export async function EmailView({ message, canReveal }: { message: EmailDetail; canReveal: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("mail"), getLocale()]);
  const facts: [string, ReactNode][] = [
    [t("columns.to"), message.to],
    [t("columns.status"), <EmailStatusBadge key="s" status={message.status} label={t(`status.${message.status}`)} />],
    [t("columns.createdAt"), formatDateTime(message.createdAt, locale)],
    [t("columns.sentAt"), message.sentAt ? formatDateTime(message.sentAt, locale) : "—"],
    [t("columns.attempts"), String(message.attempts)],
    ...(message.lastError ? ([[t("columns.lastError"), message.lastError]] as [string, ReactNode][]) : []),
  ];
  return (
    <section>
      <div className="mb-4 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold" data-testid="mail-subject">
          {message.subject}
        </h1>
        <ButtonLink variant="secondary" href="/admin/mailbox">
          {t("back")}
        </ButtonLink>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-lg bg-white p-4 text-sm shadow">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EmailParts
        message={{
          id: message.id,
          subject: message.subject,
          text: message.text,
          html: message.html,
          hidden: message.hidden,
          revealable: message.revealable,
        }}
        canReveal={canReveal}
      />
    </section>
  );
}
