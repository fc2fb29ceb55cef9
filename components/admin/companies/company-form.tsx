"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { companyFormSchema, type CompanyFormInput, type CompanyFormValues } from "@/lib/companies/schema";
import { createCompanyAction, updateCompanyAction } from "@/lib/companies/staff-actions";

import { ParentField } from "./parent-field";

type Option = { id: string; name: string };
/** `denied`: the pickers the viewer may not use, with the sentence shown instead; the company keeps what it has. */
type Props = {
  mode: "create" | "edit";
  companyId?: string;
  parentLabel: string;
  defaults: CompanyFormInput;
  options: { websites: Option[]; customerGroups: Option[]; salesReps: Option[] | null };
  denied: { parent?: string; salesRep?: string };
};

export function CompanyForm({ mode, companyId, parentLabel, defaults, options, denied }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<
    CompanyFormInput,
    unknown,
    CompanyFormValues
  >({
    resolver: zodResolver(companyFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const raw = {
      ...values,
      parentId: values.parentId ?? "",
      customerGroupId: values.customerGroupId ?? "",
      salesRepId: values.salesRepId ?? "",
    };
    const res =
      mode === "create" ? await createCompanyAction(raw) : await updateCompanyAction({ id: companyId, values: raw });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const select = (name: "websiteId" | "customerGroupId" | "salesRepId", list: Option[], empty?: string) => (
    <Field id={name} label={t(`companies.form.${name}`)} error={errors[name]?.message}>
      <select
        id={name}
        {...register(name)}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, false, !!errors[name])}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id="name" label={t("companies.form.name")} error={errors.name?.message}>
        <input
          id="name"
          type="text"
          autoComplete="off"
          {...register("name")}
          className={inputClass}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy("name", false, !!errors.name)}
        />
      </Field>
      {denied.parent ? (
        <p className="text-sm text-slate-600" data-testid="no-access">
          {denied.parent}
        </p>
      ) : (
        <ParentField
          value={watch("parentId") ?? ""}
          label={parentLabel}
          excludeId={companyId}
          error={errors.parentId?.message}
          onChange={(id) => setValue("parentId", id, { shouldDirty: true })}
        />
      )}
      {select("websiteId", options.websites)}
      {select("customerGroupId", options.customerGroups, t("companies.form.none"))}
      {options.salesReps && !denied.salesRep ? (
        select("salesRepId", options.salesReps, t("companies.form.none"))
      ) : (
        <p className="text-sm text-slate-600" data-testid="no-access">
          {denied.salesRep}
        </p>
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(mode === "create" ? "companies.form.create" : "companies.form.update")}
      </Button>
    </form>
  );
}
