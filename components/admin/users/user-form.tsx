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
import type { LocaleOption } from "@/lib/i18n/locales";
import { STAFF_STATUSES, userFormSchema, type UserFormInput, type UserFormValues } from "@/lib/staff-users/schema";
import { createUserAction, updateUserAction } from "@/lib/staff-users/staff-actions";

import { GrantChecklist, withLockedKept } from "../grant-checklist";

type Props = {
  mode: "create" | "edit";
  userId?: string;
  groups: GrantOption[];
  /** editing one's own account: the groups are shown, and only someone else may change them */
  ownAccount?: boolean;
  /** shown instead of the groups to a viewer who may not view groups; the user keeps theirs */
  deniedGroups?: string;
  passwordMinLength: number;
  locales: LocaleOption[];
  defaults: UserFormInput;
};

export function UserForm({
  mode,
  userId,
  groups,
  ownAccount = false,
  deniedGroups,
  passwordMinLength,
  locales,
  defaults,
}: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const policy = { minLength: passwordMinLength };
  const { register, handleSubmit, setError, formState } = useForm<UserFormInput, unknown, UserFormValues>({
    resolver: zodResolver(
      userFormSchema(
        t,
        policy,
        mode,
        locales.map((l) => l.code),
      ),
    ),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (form) => {
    setFormError(null);
    const values = { ...form, groupIds: withLockedKept(groups, form.groupIds, defaults.groupIds ?? [], ownAccount) };
    const res = mode === "create" ? await createUserAction(values) : await updateUserAction({ id: userId, values });
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const text = (name: "email" | "firstName" | "lastName", type = "text", autoComplete?: string) => (
    <Field id={name} label={t(`users.form.${name}`)} error={errors[name]?.message}>
      <input
        id={name}
        type={type}
        autoComplete={autoComplete}
        {...register(name)}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, false, !!errors[name])}
      />
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
      {text("email", "email", "off")}
      <div className="grid gap-5 lg:grid-cols-2">
        <Field
          id="password"
          label={t("users.form.password")}
          hint={t(mode === "create" ? "users.form.passwordHint" : "users.form.passwordEditHint", {
            min: passwordMinLength,
          })}
          error={errors.password?.message}
        >
          <input
            id="password"
            type="password"
            autoComplete="new-password"
            {...register("password")}
            className={inputClass}
            aria-invalid={!!errors.password}
            aria-describedby={describedBy("password", true, !!errors.password)}
          />
        </Field>
        <Field id="repeatPassword" label={t("users.form.repeatPassword")} error={errors.repeatPassword?.message}>
          <input
            id="repeatPassword"
            type="password"
            autoComplete="new-password"
            {...register("repeatPassword")}
            className={inputClass}
            aria-invalid={!!errors.repeatPassword}
            aria-describedby={describedBy("repeatPassword", false, !!errors.repeatPassword)}
          />
        </Field>
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        {text("firstName", "text", "off")}
        {text("lastName", "text", "off")}
      </div>
      {deniedGroups ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("users.form.groups")}</legend>
          <p className="text-sm text-slate-600" data-testid="no-access">
            {deniedGroups}
          </p>
        </fieldset>
      ) : (
        <GrantChecklist
          legend={t("users.form.groups")}
          empty={t("users.form.noGroups")}
          options={groups}
          field={register("groupIds")}
          assigned={defaults.groupIds ?? []}
          reason={(permission) => t("users.form.groupNotGrantable", { permission })}
          lockedAll={ownAccount ? t("users.form.ownGroups") : undefined}
          error={errors.groupIds?.message}
        />
      )}
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" {...register("isAgent")} />
        {t("users.form.isAgent")}
      </label>
      <div className="grid gap-5 lg:grid-cols-2">
        <Field id="locale" label={t("users.form.locale")} error={errors.locale?.message}>
          <select id="locale" {...register("locale")} className={inputClass}>
            {locales.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        {mode === "edit" && (
          <Field id="status" label={t("users.form.status")} error={errors.status?.message}>
            <select id="status" {...register("status")} className={inputClass}>
              {STAFF_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`users.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(mode === "create" ? "users.form.create" : "users.form.update")}
      </Button>
    </form>
  );
}
