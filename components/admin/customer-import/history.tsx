import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { ImportSummary } from "@/lib/customer-import/service";
import { formatDateTime } from "@/lib/i18n/dates";

const PAGE = "/admin/customer-users/import";

/** The import history: who, when, which file (checksum), the counts and the reports of every kept run. */
export async function ImportHistory({
  rows,
  showRequester,
}: {
  rows: ImportSummary[];
  /** who ran each import is a staff user's name: shown to viewers who may view staff users */
  showRequester: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("customerImport"), getLocale()]);
  if (!rows.length) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="import-history">
        <thead>
          <tr className="border-b">
            {(
              [
                "at",
                ...(showRequester ? (["by"] as const) : []),
                "file",
                "entity",
                "status",
                "counts",
                "reports",
              ] as const
            ).map((c) => (
              <th key={c} className="py-1 pr-3 font-medium">
                {t(`history.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b align-top">
              <td className="py-1 pr-3">{formatDateTime(r.createdAt, locale)}</td>
              {showRequester && <td className="py-1 pr-3">{r.requestedByLabel}</td>}
              <td className="py-1 pr-3">
                <Link className="underline" href={`${PAGE}/${r.id}`}>
                  {r.fileName}
                </Link>
                <div className="font-mono text-xs text-slate-500" title={r.checksum}>
                  {r.checksum.slice(0, 12)}…
                </div>
              </td>
              <td className="py-1 pr-3">{t(`entities.${r.entity as "users" | "addresses"}`)}</td>
              <td className="py-1 pr-3">{t(`status.${r.status}`)}</td>
              <td className="py-1 pr-3">
                {t("counts", {
                  read: r.committedRows,
                  created: r.created,
                  updated: r.updated,
                  unchanged: r.unchanged,
                  errors: r.errors,
                })}
              </td>
              <td className="py-1 pr-3">
                {r.errors > 0 && (
                  <a className="underline" href={`${PAGE}/report?id=${r.id}`}>
                    {t("errorReport")}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
