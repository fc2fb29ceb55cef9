import { getTranslations } from "next-intl/server";

import { asWords } from "@/lib/audit/fields";
import { REDACTED } from "@/lib/audit/record";
import type { AuditChange, AuditValue } from "@/lib/audit/service";
import { isAvailableLocale, localeName } from "@/lib/i18n/catalogs";

const EMPTY = "—";

/** The changed fields of one entry, one line each: "Field: before → after"; secrets only as "changed". */
export async function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const t = await getTranslations();
  if (changes.length === 0) return <span className="text-slate-600">{EMPTY}</span>;

  // every audited field has a label in both languages; a field added later without one still reads as words
  const label = (field: string) => (t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : asWords(field));
  const show = (field: string, value: AuditValue): string => {
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return EMPTY;
    if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
    if (field === "status" && typeof value === "string" && t.has(`users.status.${value}`))
      return t(`users.status.${value}`);
    if (field === "locale" && isAvailableLocale(value)) return localeName(value);
    if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
    return typeof value === "string" ? value : JSON.stringify(value);
  };
  const describe = ({ field, before, after }: AuditChange) => {
    if (before === REDACTED || after === REDACTED) return t("audit.changed");
    // a field that had no value (e.g. on create) shows only what it became
    if (before === null) return show(field, after);
    return `${show(field, before)} → ${show(field, after)}`;
  };

  return (
    <ul className="space-y-0.5">
      {changes.map((change) => (
        <li key={change.field} data-testid="audit-change">
          <span className="font-medium">{label(change.field)}:</span> {describe(change)}
        </li>
      ))}
    </ul>
  );
}
