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
import { updateValuesSchema, type UpdateInput, type UpdateValues } from "@/lib/oauth-applications/schema";
import { createApplicationAction, updateApplicationAction } from "@/lib/oauth-applications/staff-actions";
import type { ApiScope } from "@/lib/oauth/scopes";

export type Credentials = { clientId: string; clientSecret: string };

type Props = {
  /** the scopes offered: what the owner may hold now (and, when editing, what the application already has) */
  scopes: ApiScope[];
  idPrefix: string;
} & (
  | { mode: "create"; customerUserId: string; onCreated: (c: Credentials) => void }
  | { mode: "edit"; id: string; initial: UpdateInput; onSaved: () => void }
);

const EMPTY: UpdateInput = {
  name: "",
  active: true,
  scopes: [],
  expiresOn: "",
  rateLimitPerSecond: 10,
  rateLimitBurst: 20,
};

/** "Add Application" and its edit form: name, status, scopes as checkboxes, expiry; editing adds the rate limit. */
export function ApplicationForm(props: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UpdateInput, unknown, UpdateValues>({
    resolver: zodResolver(updateValuesSchema(t)),
    defaultValues: props.mode === "edit" ? props.initial : EMPTY,
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const selected = useWatch({ control: form.control, name: "scopes" });
  const errors = formState.errors;
  const id = (name: string) => `${props.idPrefix}${name}`;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (props.mode === "create") {
      const { name, active, scopes, expiresOn } = values;
      const res = await createApplicationAction({
        customerUserId: props.customerUserId,
        values: { name, active, scopes, expiresOn: expiresOn ?? "" },
      });
      if (!res.ok) return setFormError(applyServerErrors(res, setError));
      reset(EMPTY);
      props.onCreated(res.data!);
      return;
    }
    const res = await updateApplicationAction({ id: props.id, values });
    if (!res.ok) return setFormError(applyServerErrors(res, setError));
    props.onSaved();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid="oauth-application-form"
      className="space-y-4 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id={id("name")} label={t("oauthApplications.form.name")} error={errors.name?.message}>
        <input
          id={id("name")}
          className={inputClass}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy(id("name"), false, !!errors.name)}
          {...register("name")}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} />
        {t("oauthApplications.form.active")}
      </label>
      <ScopeChecklist
        scopes={props.scopes}
        selected={selected ?? []}
        // controlled by hand: a lone checkbox registered by name would yield a string, not a list
        onChange={(next) => form.setValue("scopes", next, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
        error={errors.scopes?.message ?? errors.scopes?.root?.message}
        id={id("scopes")}
      />
      <Field
        id={id("expiresOn")}
        label={t("oauthApplications.form.expiresOn")}
        hint={t("oauthApplications.form.expiresOnHint")}
        error={errors.expiresOn?.message}
      >
        <input
          id={id("expiresOn")}
          type="date"
          className={inputClass}
          aria-invalid={!!errors.expiresOn}
          aria-describedby={describedBy(id("expiresOn"), true, !!errors.expiresOn)}
          {...register("expiresOn")}
        />
      </Field>
      {props.mode === "edit" && (
        <div className="grid gap-4 lg:grid-cols-2">
          {(["rateLimitPerSecond", "rateLimitBurst"] as const).map((name) => (
            <Field
              key={name}
              id={id(name)}
              label={t(`oauthApplications.form.${name}`)}
              hint={t(`oauthApplications.form.${name}Hint`)}
              error={errors[name]?.message}
            >
              <input
                id={id(name)}
                type="number"
                min={1}
                className={inputClass}
                aria-invalid={!!errors[name]}
                aria-describedby={describedBy(id(name), true, !!errors[name])}
                {...register(name, { valueAsNumber: true })}
              />
            </Field>
          ))}
        </div>
      )}
      <Button type="submit" disabled={formState.isSubmitting} data-testid="oauth-application-submit">
        {t(props.mode === "create" ? "oauthApplications.form.create" : "oauthApplications.form.save")}
      </Button>
    </form>
  );
}

/** Only the scopes the owner may hold are offered; the server refuses any other at this field. */
function ScopeChecklist({
  scopes,
  selected,
  onChange,
  error,
  id,
}: {
  scopes: ApiScope[];
  selected: ApiScope[];
  onChange: (next: ApiScope[]) => void;
  error: string | undefined;
  id: string;
}) {
  const t = useTranslations("oauthApplications");
  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="text-sm font-medium text-slate-800">{t("form.scopes")}</legend>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
        {t("form.scopesHint")}
      </p>
      {scopes.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("form.noScopes")}</p>}
      <div className="mt-2 grid gap-1 lg:grid-cols-2">
        {scopes.map((s) => (
          <label key={s} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              data-testid={`scope-${s}`}
              checked={selected.includes(s)}
              onChange={(e) => onChange(e.target.checked ? [...selected, s] : selected.filter((x) => x !== s))}
            />
            <span>{t(`scopes.${s}`)}</span>
            <code className="text-xs text-slate-600">{s}</code>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} data-testid={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
