"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { Typeahead } from "@/components/ui/typeahead";
import { searchCompaniesAction } from "@/lib/companies/staff-actions";

/** The parent company, chosen by name; `excludeId` keeps a company from being offered as its own parent. */
export function ParentField({
  id = "parentId",
  value,
  label,
  excludeId,
  error,
  onChange,
}: {
  id?: string;
  value: string;
  label: string;
  excludeId?: string;
  error?: string;
  onChange: (id: string, label: string) => void;
}) {
  const t = useTranslations("companies.form");
  const search = useCallback(
    async (q: string) => {
      const res = await searchCompaniesAction({ q, excludeId });
      return res.ok ? (res.data ?? []) : [];
    },
    [excludeId],
  );
  return (
    <Typeahead
      id={id}
      label={t("parent")}
      hint={t("parentHint")}
      error={error}
      value={value}
      initialText={label}
      clearLabel={t("noParent")}
      search={search}
      onChange={(o) => onChange(o?.id ?? "", o?.label ?? "")}
    />
  );
}
