"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { ComboboxInput } from "@/components/ui/combobox";
import { describedBy } from "@/components/ui/field";
import { searchCompaniesAction } from "@/lib/companies/staff-actions";

type Owner = "predefined" | "company";

/**
 * Who a storefront role is for: every company (predefined) or one company, found by typing part of
 * its name. The server returns at most 20 matches, so the field stays fast however many companies there are.
 */
export function OwnerField({
  owner,
  companyId,
  companyLabel,
  error,
  disabled,
  denied,
  onChange,
}: {
  owner: Owner;
  companyId: string;
  companyLabel: string;
  error?: string;
  disabled?: boolean;
  denied?: string;
  onChange: (owner: Owner, companyId: string) => void;
}) {
  const t = useTranslations("customerRoles.form");
  const search = useCallback(async (q: string) => {
    const res = await searchCompaniesAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);
  const radio = (value: Owner) => (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name="owner"
        value={value}
        checked={owner === value}
        onChange={() => onChange(value, companyId)}
      />
      {t(value === "predefined" ? "ownerPredefined" : "ownerCompany")}
    </label>
  );

  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">{t("owner")}</legend>
      {radio("predefined")}
      {radio("company")}
      {owner === "company" && denied && (
        <p className="pl-6 text-sm text-slate-600" data-testid="no-access">
          {denied}
        </p>
      )}
      {owner === "company" && !denied && (
        <div className="pl-6">
          <label htmlFor="companyId" className="block text-sm font-medium text-slate-800">
            {t("company")}
          </label>
          <ComboboxInput
            id="companyId"
            value={companyId}
            initialText={companyLabel}
            search={search}
            onChoose={(o) => onChange("company", o.id)}
            onType={() => companyId && onChange("company", "")}
            invalid={!!error}
            describedBy={describedBy("companyId", true, !!error)}
          />
          <p id="companyId-hint" className="mt-1 text-xs text-slate-600">
            {t("companyHint")}
          </p>
        </div>
      )}
      {error && (
        <p id="companyId-error" data-testid="companyId-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
