import { getTranslations } from "next-intl/server";

import { inputClass } from "@/components/ui/field";
import { PASSWORD_STATUSES, YES_NO, type CustomerUserListParams } from "@/lib/customer-users/params";

export const FILTER_FORM = "customer-users-filters";

/**
 * One filter per column, inside the table head. The inputs belong to a GET form outside the table
 * (through the `form` attribute), so the filter state stays in the URL and a new filter starts at page 1.
 */
export async function FilterRow({
  params,
  websites,
  withCompany,
}: {
  params: CustomerUserListParams;
  websites: { id: string; name: string }[];
  withCompany: boolean;
}) {
  const t = await getTranslations("customerUsers");
  const f = params.filters;
  const text = (key: "company" | "firstName" | "lastName" | "email") => (
    <td className="px-3 py-2">
      <input
        name={key}
        type="search"
        form={FILTER_FORM}
        defaultValue={f[key] ?? ""}
        aria-label={t("filters.contains", { column: t(`columns.${key}`) })}
        className={`${inputClass} min-w-28`}
      />
    </td>
  );
  const select = (key: keyof typeof f, options: readonly { value: string; label: string }[]) => (
    <td className="px-3 py-2">
      <select
        name={key}
        form={FILTER_FORM}
        defaultValue={f[key] ?? ""}
        aria-label={t("filters.select", { column: t(`columns.${key}`) })}
        className={`${inputClass} min-w-24`}
      >
        <option value="">{t("filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </td>
  );
  const yesNo = YES_NO.map((v) => ({ value: v, label: t(`values.${v}`) }));
  return (
    <tr className="border-b border-slate-200 bg-white" data-testid="filter-row">
      {withCompany && text("company")}
      {text("firstName")}
      {text("lastName")}
      {text("email")}
      {select("enabled", yesNo)}
      {select("confirmed", yesNo)}
      {select(
        "passwordStatus",
        PASSWORD_STATUSES.map((v) => ({ value: v, label: t(`passwordStatus.${v}`) })),
      )}
      {select("locked", yesNo)}
      {select(
        "website",
        websites.map((w) => ({ value: w.id, label: w.name })),
      )}
      <td className="px-3 py-2">
        <button
          type="submit"
          form={FILTER_FORM}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        >
          {t("filters.apply")}
        </button>
      </td>
    </tr>
  );
}
