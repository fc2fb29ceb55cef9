import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { gridHref } from "@/lib/grid/params";
import type { MailboxParams } from "@/lib/mail/params";
import { listEmails } from "@/lib/mail/service";
import { EmailStatusBadge } from "./email-status";
import { formatDateTime } from "@/lib/i18n/dates";

const BASE = "/admin/mailbox";
const cell = "px-3 py-2 align-top";

export async function MailboxGrid({ params }: { params: MailboxParams }) {
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("mail"), getLocale(), listEmails(params)]);
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <GridSearch base={BASE} params={params} label={t("searchLabel")} button={t("searchButton")} />

      <GridTable
        testId="mailbox-table"
        columns={4}
        empty={rows.length === 0 ? t("empty") : null}
        head={
          <>
            <tr>
              <SortHeader
                label={t("columns.createdAt")}
                active
                dir={params.dir}
                href={gridHref(BASE, params, { dir: params.dir === "desc" ? "asc" : "desc", page: 1 })}
              />
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.to")}</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.subject")}</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">{t("columns.status")}</th>
            </tr>
          </>
        }
      >
        {rows.map((m) => (
          <tr key={m.id} className="border-b border-slate-100 last:border-0" data-testid="mail-row">
            <td className={`${cell} whitespace-nowrap`}><time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time></td>
            <td className={cell} data-testid="mail-to">{m.to}</td>
            <td className={cell}><Link className="underline" href={`${BASE}/${m.id}`}>{m.subject}</Link></td>
            <td className={cell}><EmailStatusBadge status={m.status} label={t(`status.${m.status}`)} /></td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={params.page} size={params.size} total={total} href={(change) => gridHref(BASE, params, change)} />
    </section>
  );
}
