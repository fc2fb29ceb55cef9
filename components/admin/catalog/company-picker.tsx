"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { Typeahead } from "@/components/ui/typeahead";
import { searchCompaniesAction } from "@/lib/companies/staff-actions";

type Chosen = { id: string; label: string };

/** Several companies chosen one by one by name, shown as a removable list. */
export function CompanyPicker({
  value,
  error,
  onChange,
}: {
  value: Chosen[];
  error?: string;
  onChange: (next: Chosen[]) => void;
}) {
  const t = useTranslations("priceLists.form");
  const [round, setRound] = useState(0);
  const search = useCallback(async (q: string) => {
    const res = await searchCompaniesAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);
  return (
    <div>
      <Typeahead
        key={round}
        id="companies"
        label={t("companies")}
        hint={t("companyHint")}
        error={error}
        value=""
        initialText=""
        clearLabel={t("clear")}
        search={search}
        onChange={(o) => {
          if (o && !value.some((c) => c.id === o.id)) onChange([...value, { id: o.id, label: o.label }]);
          setRound((r) => r + 1);
        }}
      />
      <ul className="mt-2 space-y-1 text-sm" data-testid="chosen-companies">
        {value.map((c) => (
          <li key={c.id} className="flex items-center gap-3">
            <span>{c.label}</span>
            <button type="button" className="underline" onClick={() => onChange(value.filter((x) => x.id !== c.id))}>
              {t("removeCompany", { name: c.label })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
