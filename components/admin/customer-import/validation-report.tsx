import { getTranslations } from "next-intl/server";

import { translateMessage } from "@/lib/customer-import/messages";
import type { Validation } from "@/lib/customer-import/service";
import type { Translate } from "@/lib/i18n/translate";

/** The dry run per row: what it would do, with the spreadsheet line, and for an error its column and message. */
export async function ValidationReport({ v }: { v: Validation }) {
  const [t, tAll] = await Promise.all([getTranslations("customerImport"), getTranslations()]);
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{t("report.title")}</h2>
      <p className="text-sm" data-testid="validation-summary">
        {t("report.summary", {
          read: v.read,
          create: v.create,
          update: v.update,
          unchanged: v.unchanged,
          error: v.error,
        })}
      </p>
      {v.unknownColumns.length > 0 && (
        <p className="text-sm text-amber-800">{t("report.unknownColumns", { columns: v.unknownColumns.join(", ") })}</p>
      )}
      <table className="w-full text-left text-sm" data-testid="validation-rows">
        <thead>
          <tr className="border-b">
            <th className="py-1 pr-3 font-medium">{t("report.line")}</th>
            <th className="py-1 pr-3 font-medium">{t("report.outcome")}</th>
            <th className="py-1 pr-3 font-medium">{t("report.details")}</th>
          </tr>
        </thead>
        <tbody>
          {v.rows.map((r) => (
            <tr key={r.row} className="border-b align-top" data-testid={`row-line-${r.line}`}>
              <td className="py-1 pr-3">{r.line}</td>
              <td className="py-1 pr-3">{t(`report.kinds.${r.kind}`)}</td>
              <td className="py-1 pr-3">
                <ul>
                  {r.errors?.map((e, i) => (
                    <li key={i} className="text-red-800">
                      {e.column && <strong>{e.column}: </strong>}
                      {translateMessage(tAll as unknown as Translate, e.message)}
                    </li>
                  ))}
                  {r.changes?.map((c) => (
                    <li key={c.column}>
                      <strong>{c.column}:</strong> {r.kind === "update" && <>{c.before || "∅"} → </>}
                      {c.after || "∅"}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
