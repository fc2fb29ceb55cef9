import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listTemplates } from "@/lib/templates/service";

const NOTICES = ["saved"] as const;
const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 text-left font-semibold";

/** Every key in every language: seven keys times a few languages, so one page without paging. */
export async function TemplatesList({ staff, notice }: { staff: StaffSession; notice?: string }) {
  const [t, locale, rows] = await Promise.all([getTranslations("templates"), getLocale(), listTemplates()]);
  const known = NOTICES.find((n) => n === notice);
  const canEdit = staff.can("system/settings/edit");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {known && (
        <div className="mt-4">
          <Notice tone="success">{t(`notice.${known}`)}</Notice>
        </div>
      )}
      <div className="relative mt-4 overflow-x-auto rounded-lg bg-white shadow">
        <table className="min-w-full text-sm" data-testid="templates-table">
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={head}>
                {t("columns.key")}
              </th>
              <th scope="col" className={head}>
                {t("columns.localization")}
              </th>
              <th scope="col" className={head}>
                {t("columns.subject")}
              </th>
              <th scope="col" className={head}>
                {t("columns.updatedAt")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.key}:${r.locale}`}
                className="border-b border-slate-100 last:border-0"
                data-testid="template-row"
              >
                <td className={cell}>
                  {canEdit ? (
                    <Link className="underline" href={`/admin/email-templates/${r.key}/${r.locale}`}>
                      {t(`keys.${r.key}`)}
                    </Link>
                  ) : (
                    t(`keys.${r.key}`)
                  )}
                </td>
                <td className={cell}>{r.localizationName}</td>
                <td className={cell} data-testid="template-subject">
                  {r.subject ?? <span className="text-slate-600">{t("fallback")}</span>}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {r.updatedAt ? (
                    <time dateTime={r.updatedAt.toISOString()}>{formatDateTime(r.updatedAt, locale)}</time>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
