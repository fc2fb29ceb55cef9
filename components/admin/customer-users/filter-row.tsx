"use client";

import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";

import { inputClass } from "@/components/ui/field";
import {
  PASSWORD_STATUSES,
  YES_NO,
  type CustomerUserColumn,
  type CustomerUserListParams,
} from "@/lib/customer-users/params";

import { useWebsiteOptions } from "./grid-options";

/**
 * One filter per column, inside the table head. The inputs belong to a GET form outside the table
 * (through the `form` attribute), so the filter state stays in the URL and a new filter starts at page 1.
 * A client component so that a grid request sends the filters' values, not the row's markup.
 */
export function FilterRow({
  form,
  filters: f,
  withCompany,
  selectable,
  columns,
}: {
  /** the id of the filter form */
  form: string;
  filters: CustomerUserListParams["filters"];
  withCompany: boolean;
  /** the columns shown: each gets its filter, or an empty cell (ID and dates are sorted, not filtered) */
  columns: readonly CustomerUserColumn[];
  /** the grid has a column of selection boxes before the first filter */
  selectable?: boolean;
}) {
  const t = useTranslations("customerUsers");
  const websites = useWebsiteOptions();
  const text = (key: "company" | "firstName" | "lastName" | "email") => (
    <td className="px-3 py-2">
      <input
        name={key}
        type="search"
        form={form}
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
        form={form}
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
  const filters: Partial<Record<CustomerUserColumn, ReactNode>> = {
    company: withCompany && text("company"),
    firstName: text("firstName"),
    lastName: text("lastName"),
    email: text("email"),
    enabled: select("enabled", yesNo),
    confirmed: select("confirmed", yesNo),
    passwordStatus: select(
      "passwordStatus",
      PASSWORD_STATUSES.map((v) => ({ value: v, label: t(`passwordStatus.${v}`) })),
    ),
    locked: select("locked", yesNo),
    website: select(
      "website",
      websites.map((w) => ({ value: w.id, label: w.name })),
    ),
  };
  return (
    <tr className="border-b border-slate-200 bg-white" data-testid="filter-row">
      {selectable && <td />}
      {columns.map((c) => (
        <Fragment key={c}>{filters[c] ?? <td />}</Fragment>
      ))}
      <td className="px-3 py-2">
        <button type="submit" form={form} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {t("filters.apply")}
        </button>
      </td>
    </tr>
  );
}
