"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { ParentField } from "@/components/admin/companies/parent-field";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Typeahead, type TypeaheadOption } from "@/components/ui/typeahead";
import type { CompanyOption } from "@/lib/customer-users/form-data";
import { searchCompanyOptionsAction, searchSalesRepOptionsAction } from "@/lib/customer-users/staff-actions";

import type { CustomerUserForm, DeniedPickers } from "./types";

const Denied = ({ children, error }: { children: string; error?: string }) => (
  <div className="text-sm">
    <p className="text-slate-600" data-testid="no-access">
      {children}
    </p>
    {error && <p className="mt-1 text-red-700">{error}</p>}
  </div>
);

/**
 * The company the user represents: an existing one by name, or a new one (optionally below a parent),
 * as Oro's form offers. Choosing a company proposes its sales representative for the user. A viewer
 * who may not view companies or staff users gets no picker for them; the user keeps what they have.
 */
export function CompanyFields({
  form,
  labels,
  denied,
  onCompanyChange,
}: {
  form: CustomerUserForm;
  labels: { company: string; salesRep: string };
  denied: DeniedPickers;
  onCompanyChange: (companyId: string) => void;
}) {
  const t = useTranslations("customerUsers.form");
  const {
    register,
    watch,
    setValue,
    formState: { errors, isSubmitted },
  } = form;
  const mode = watch("companyMode");
  // a company's default representative replaces the field's text: remount it with the new label
  const [rep, setRep] = useState({ label: labels.salesRep, version: 0 });
  const searchCompanies = useCallback(async (q: string) => {
    const res = await searchCompanyOptionsAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);
  const searchStaff = useCallback(async (q: string) => {
    const res = await searchSalesRepOptionsAction({ q });
    return res.ok ? (res.data ?? []) : [];
  }, []);

  const chooseCompany = (o: CompanyOption | null) => {
    setValue("companyId", o?.id ?? "", { shouldDirty: true, shouldValidate: isSubmitted });
    onCompanyChange(o?.id ?? "");
    if (o?.salesRep) {
      setValue("salesRepId", o.salesRep.id, { shouldDirty: true });
      setRep((r) => ({ label: o.salesRep!.label, version: r.version + 1 }));
    }
  };
  const chooseRep = (o: TypeaheadOption | null) => setValue("salesRepId", o?.id ?? "", { shouldDirty: true });

  return (
    <>
      <div role="radiogroup" aria-label={t("company")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {(["existing", "new"] as const).map((m) => (
          <label key={m} className="flex items-center gap-2">
            <input
              type="radio"
              value={m}
              {...register("companyMode", {
                onChange: () => onCompanyChange(m === "existing" ? (watch("companyId") ?? "") : ""),
              })}
            />
            {t(`companyMode.${m}`)}
          </label>
        ))}
      </div>
      {mode === "existing" ? (
        denied.companies ? (
          <Denied error={errors.companyId?.message}>{denied.companies}</Denied>
        ) : (
          <Typeahead<CompanyOption>
            id="companyId"
            label={t("company")}
            hint={t("companyHint")}
            error={errors.companyId?.message}
            value={watch("companyId") ?? ""}
            initialText={labels.company}
            clearLabel={t("clear")}
            search={searchCompanies}
            onChange={chooseCompany}
          />
        )
      ) : (
        <>
          <Field id="newCompanyName" label={t("newCompanyName")} error={errors.newCompanyName?.message}>
            <input
              id="newCompanyName"
              type="text"
              autoComplete="off"
              {...register("newCompanyName")}
              className={inputClass}
              aria-invalid={!!errors.newCompanyName}
              aria-describedby={describedBy("newCompanyName", false, !!errors.newCompanyName)}
            />
          </Field>
          {denied.companies ? (
            <Denied>{denied.companies}</Denied>
          ) : (
            <ParentField
              id="newCompanyParentId"
              value={watch("newCompanyParentId") ?? ""}
              label=""
              error={errors.newCompanyParentId?.message}
              onChange={(id) => setValue("newCompanyParentId", id, { shouldDirty: true })}
            />
          )}
        </>
      )}
      {denied.staffUsers ? (
        <Denied>{denied.staffUsers}</Denied>
      ) : (
        <Typeahead
          key={rep.version}
          id="salesRepId"
          label={t("salesRep")}
          hint={t("salesRepHint")}
          error={errors.salesRepId?.message}
          value={watch("salesRepId") ?? ""}
          initialText={rep.label}
          clearLabel={t("clear")}
          search={searchStaff}
          onChange={chooseRep}
        />
      )}
    </>
  );
}
