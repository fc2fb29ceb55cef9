"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { QUICK_ACTION_MODES } from "@/lib/config/keys";
import {
  PASSWORD_NUMBERS,
  PASSWORD_TOGGLES,
  settingsFormSchema,
  type SettingsFormInput,
  type SettingsFormValues,
} from "@/lib/settings/schema";
import { saveSettingsAction } from "@/lib/settings/staff-actions";

import { ApiSettings } from "./api-settings";
import { ImpersonationSettings } from "./impersonation-settings";

const NUMBERS = ["customerLoginMaxFailures", "customerLoginFailureWindowMinutes", "customerLockoutMinutes"] as const;
const EXPORT_NUMBERS = ["exportJobThreshold", "exportRetentionDays"] as const;
type NumberKey =
  | (typeof NUMBERS)[number]
  | (typeof PASSWORD_NUMBERS)[number]
  | (typeof EXPORT_NUMBERS)[number]
  | "oauthAccessTokenMinutes"
  | "csvImportMaxMegabytes";

/** A whole-number setting, its error beside it. */
function NumberSetting({
  name,
  label,
  hint,
  register,
  errors,
}: {
  name: NumberKey;
  label: string;
  hint: string;
  register: UseFormRegister<SettingsFormInput>;
  errors: FieldErrors<SettingsFormInput>;
}) {
  const error = errors[name]?.message;
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <input
        id={name}
        type="number"
        inputMode="numeric"
        {...register(name)}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(name, true, !!error)}
      />
    </Field>
  );
}

/** The system settings; read-only for those who may only view them. */
export function SettingsForm({
  defaults,
  websites,
  canEdit,
}: {
  defaults: SettingsFormValues;
  websites: { id: string; name: string; code: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await saveSettingsAction(values);
    if (res.ok) return setResult({ ok: true, message: t("settings.saved") });
    setResult({ ok: false, message: applyServerErrors(res, setError) });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {result && (
        <Notice tone={result.ok ? "success" : "error"} testId={result.ok ? "notice" : "form-error"}>
          {result.message}
        </Notice>
      )}
      <fieldset disabled={!canEdit} aria-describedby="quickActionMode-hint">
        <legend className="text-sm font-medium text-slate-800">{t("settings.quickActionMode.label")}</legend>
        <p id="quickActionMode-hint" className="mt-1 text-xs text-slate-600">
          {t("settings.quickActionMode.hint")}
        </p>
        <div className="mt-2 space-y-1">
          {QUICK_ACTION_MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input type="radio" value={mode} {...register("quickActionMode")} />
              {t(`settings.quickActionMode.options.${mode}`)}
            </label>
          ))}
        </div>
        {errors.quickActionMode?.message && (
          <p data-testid="quickActionMode-error" className="mt-1 text-sm text-red-700">
            {errors.quickActionMode.message}
          </p>
        )}
      </fieldset>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("settings.customerLogin.title")}</legend>
        {NUMBERS.map((key) => (
          <NumberSetting
            key={key}
            name={key}
            label={t(`settings.customerLogin.${key}.label`)}
            hint={t(`settings.customerLogin.${key}.hint`)}
            register={register}
            errors={errors}
          />
        ))}
      </fieldset>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("settings.password.title")}</legend>
        {PASSWORD_TOGGLES.map((key) => (
          <label key={key} className="flex items-center gap-2 text-sm">
            <input id={key} type="checkbox" {...register(key)} />
            {t(`settings.password.${key}`)}
          </label>
        ))}
        {PASSWORD_NUMBERS.map((key) => (
          <NumberSetting
            key={key}
            name={key}
            label={t(`settings.password.${key}.label`)}
            hint={t(`settings.password.${key}.hint`)}
            register={register}
            errors={errors}
          />
        ))}
      </fieldset>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("settings.accessTokens.title")}</legend>
        <NumberSetting
          name="oauthAccessTokenMinutes"
          label={t("settings.accessTokens.oauthAccessTokenMinutes.label")}
          hint={t("settings.accessTokens.oauthAccessTokenMinutes.hint")}
          register={register}
          errors={errors}
        />
      </fieldset>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("settings.exports.title")}</legend>
        {EXPORT_NUMBERS.map((key) => (
          <NumberSetting
            key={key}
            name={key}
            label={t(`settings.exports.${key}.label`)}
            hint={t(`settings.exports.${key}.hint`)}
            register={register}
            errors={errors}
          />
        ))}
      </fieldset>
      <fieldset disabled={!canEdit} className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("settings.csvImport.title")}</legend>
        <NumberSetting
          name="csvImportMaxMegabytes"
          label={t("settings.csvImport.csvImportMaxMegabytes.label")}
          hint={t("settings.csvImport.csvImportMaxMegabytes.hint")}
          register={register}
          errors={errors}
        />
      </fieldset>
      <ImpersonationSettings register={register} errors={errors} websites={websites} disabled={!canEdit} />
      <ApiSettings register={register} websites={websites} disabled={!canEdit} />
      {canEdit && (
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("settings.save")}
        </Button>
      )}
    </form>
  );
}
