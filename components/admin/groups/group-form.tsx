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
import type { GrantOption } from "@/lib/acl/holdings";
import { groupFormSchema, type GroupFormInput, type GroupFormValues } from "@/lib/staff-groups/schema";
import { createGroupAction, updateGroupAction } from "@/lib/staff-groups/staff-actions";

import { GrantChecklist, withLockedKept } from "../grant-checklist";

/** `deniedRoles`: shown instead of the roles to a viewer who may not view roles; the group keeps its own. */
type Props = {
  mode: "create" | "edit";
  groupId?: string;
  roles: GrantOption[];
  deniedRoles?: string;
  defaults: GroupFormInput;
};

export function GroupForm({ mode, groupId, roles, deniedRoles, defaults }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<GroupFormInput, unknown, GroupFormValues>({
    resolver: zodResolver(groupFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (form) => {
    setFormError(null);
    const values = { ...form, roleIds: withLockedKept(roles, form.roleIds, defaults.roleIds ?? []) };
    const res = mode === "create" ? await createGroupAction(values) : await updateGroupAction({ id: groupId, values });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

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
      <Field id="name" label={t("groups.form.name")} error={errors.name?.message}>
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
      {deniedRoles ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("groups.form.roles")}</legend>
          <p className="text-sm text-slate-600" data-testid="no-access">
            {deniedRoles}
          </p>
        </fieldset>
      ) : (
        <GrantChecklist
          legend={t("groups.form.roles")}
          empty={t("groups.form.noRoles")}
          options={roles}
          field={register("roleIds")}
          assigned={defaults.roleIds ?? []}
          reason={(permission) => t("groups.form.roleNotGrantable", { permission })}
          error={errors.roleIds?.message}
        />
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(mode === "create" ? "groups.form.create" : "groups.form.update")}
      </Button>
    </form>
  );
}
