"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { Typeahead } from "@/components/ui/typeahead";
import { searchCompaniesAction } from "@/lib/companies/staff-actions";

/** The company a block is shown to, chosen by name. */
export function BlockCompanyField({
  id,
  value,
  label,
  error,
  onChange,
}: {
  id: string;
  value: string;
  label: string;
  error?: string;
  onChange: (id: string, label: string) => void;
}) {
  const t = useTranslations("cms.form");
  const search = useCallback(async (q: string) => {
    const res = await searchCompaniesAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);
  return (
    <Typeahead
      id={id}
      label={t("companyId")}
      hint={t("companyHint")}
      error={error}
      value={value}
      initialText={label}
      clearLabel={t("clear")}
      search={search}
      onChange={(o) => onChange(o?.id ?? "", o?.label ?? "")}
    />
  );
}
