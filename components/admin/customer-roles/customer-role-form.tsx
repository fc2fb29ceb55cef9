"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  customerRoleFormSchema,
  type CustomerRoleFormInput,
  type CustomerRoleFormValues,
} from "@/lib/customer-roles/schema";
import { createCustomerRoleAction, updateCustomerRoleAction } from "@/lib/customer-roles/staff-actions";

import { OwnerField } from "./owner-field";
import { PermissionMatrix } from "./permission-matrix";

/** `deniedCompanies`: shown instead of the company picker to a viewer who may not view companies. */
type Props = {
  mode: "create" | "edit" | "view";
  roleId?: string;
  companyLabel: string;
  defaults: CustomerRoleFormInput;
  deniedCompanies?: string;
};

/** Create and edit a storefront role; in "view" mode the same form, disabled, shows a role to those who may not change it. */
export function CustomerRoleForm({ mode, roleId, companyLabel, defaults, deniedCompanies }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CustomerRoleFormInput, unknown, CustomerRoleFormValues>({
    resolver: zodResolver(customerRoleFormSchema(t)),
    defaultValues: defaults,
  });
  const { register, handleSubmit, setError, setValue, control, formState } = form;
  const [owner, companyId] = useWatch({ control, name: ["owner", "companyId"] });
  const readOnly = mode === "view";

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res =
      mode === "create"
        ? await createCustomerRoleAction(values)
        : await updateCustomerRoleAction({ id: roleId, values });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const nameError = formState.errors.name?.message;
  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="max-w-6xl rounded-lg bg-white p-6 shadow">
      <fieldset disabled={readOnly} className="min-w-0 space-y-5">
        {formError && (
          <Notice tone="error" testId="form-error">
            {formError}
          </Notice>
        )}
        <Field id="name" label={t("customerRoles.form.name")} error={nameError}>
          <input
            id="name"
            type="text"
            autoComplete="off"
            {...register("name")}
            className={inputClass}
            aria-invalid={!!nameError}
            aria-describedby={describedBy("name", false, !!nameError)}
          />
        </Field>
        <OwnerField
          owner={owner}
          companyId={companyId}
          companyLabel={companyLabel}
          error={formState.errors.companyId?.message}
          disabled={readOnly}
          denied={deniedCompanies}
          onChange={(owner, companyId) => {
            setValue("owner", owner, { shouldDirty: true });
            setValue("companyId", companyId, { shouldDirty: true });
          }}
        />
        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input type="checkbox" {...register("selfManaged")} aria-describedby="selfManaged-hint" />
            {t("customerRoles.form.selfManaged")}
          </label>
          <p id="selfManaged-hint" className="mt-1 text-xs text-slate-600">
            {t("customerRoles.form.selfManagedHint")}
          </p>
        </div>
        <PermissionMatrix form={form} />
        {!readOnly && (
          <Button type="submit" disabled={formState.isSubmitting}>
            {t(mode === "create" ? "customerRoles.form.create" : "customerRoles.form.update")}
          </Button>
        )}
      </fieldset>
    </form>
  );
}
