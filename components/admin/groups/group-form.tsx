"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { createGroupAction, updateGroupAction } from "@/lib/groups/actions";
import { groupFormSchema, type GroupFormInput, type GroupFormValues } from "@/lib/groups/schema";

type Props = { mode: "create" | "edit"; groupId?: string; roles: { id: string; name: string }[]; defaults: GroupFormInput };

export function GroupForm({ mode, groupId, roles, defaults }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<GroupFormInput, unknown, GroupFormValues>({
    resolver: zodResolver(groupFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = mode === "create" ? await createGroupAction(values) : await updateGroupAction({ id: groupId, values });
    if (res.ok) return;
    setFormError(res.message);
    for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
      const name = field.replace(/^values\./, "");
      if (name !== "values" && messages?.[0]) setError(name as Path<GroupFormInput>, { message: messages[0] });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow">
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      <Field id="name" label={t("groups.form.name")} error={errors.name?.message}>
        <input id="name" type="text" autoComplete="off" {...register("name")} className={inputClass} aria-invalid={!!errors.name} aria-describedby={describedBy("name", false, !!errors.name)} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("groups.form.roles")}</legend>
        {roles.length === 0 && <p className="text-sm text-slate-500">{t("groups.form.noRoles")}</p>}
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {roles.map((r) => (
            <label key={r.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={r.id} {...register("roleIds")} />
              {r.name}
            </label>
          ))}
        </div>
        {errors.roleIds && <p data-testid="roleIds-error" className="mt-1 text-sm text-red-700">{errors.roleIds.message}</p>}
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(mode === "create" ? "groups.form.create" : "groups.form.update")}
      </Button>
    </form>
  );
}
