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
import { roleFormSchema, type RoleFormInput, type RoleFormValues } from "@/lib/staff-roles/schema";
import { createRoleAction, updateRoleAction } from "@/lib/staff-roles/staff-actions";

import { RuleRows } from "./rule-rows";

type Props = { mode: "create" | "edit"; roleId?: string; defaults: RoleFormInput };

export function RoleForm({ mode, roleId, defaults }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RoleFormInput, unknown, RoleFormValues>({
    resolver: zodResolver(roleFormSchema(t)),
    defaultValues: defaults,
  });
  const { register, handleSubmit, setError, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = mode === "create" ? await createRoleAction(values) : await updateRoleAction({ id: roleId, values });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const nameError = formState.errors.name?.message;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-3xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id="name" label={t("roles.form.name")} error={nameError}>
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
      <RuleRows form={form} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(mode === "create" ? "roles.form.create" : "roles.form.update")}
      </Button>
    </form>
  );
}
