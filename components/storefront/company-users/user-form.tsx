"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { Button, ButtonLink } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  accountUserFormSchema,
  type AccountUserFormInput,
  type AccountUserFormValues,
} from "@/lib/shop-company-users/schema";
import type { CompanyChoice } from "@/lib/shop-company-users/service";
import { createAccountUserAction, updateAccountUserAction } from "@/lib/shop-company-users/shop-actions";

const TEXT = [
  { name: "firstName", type: "text" },
  { name: "lastName", type: "text" },
  { name: "email", type: "email" },
] as const;

/** Create (no `id`) or edit a colleague; the roles offered follow the chosen company. */
/** `passwordHint` states the configured password policy (create only). */
export function AccountUserForm({
  id,
  defaults,
  companies,
  passwordHint,
}: {
  id?: string;
  defaults: AccountUserFormInput;
  companies: CompanyChoice[];
  passwordHint?: string;
}) {
  const t = useTranslations();
  const label = (k: string) => t(`shop.accountUsers.fields.${k}`);
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const mode = id ? "edit" : "create";
  const { register, handleSubmit, setError, getValues, control, formState } = useForm<
    AccountUserFormInput,
    unknown,
    AccountUserFormValues
  >({
    resolver: zodResolver(accountUserFormSchema(t, mode)),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const companyId = useWatch({ control, name: "companyId" });
  const generate = useWatch({ control, name: "generatePassword" });
  const enabled = useWatch({ control, name: "enabled" });
  const sendWelcome = useWatch({ control, name: "sendWelcomeEmail" });
  const welcomeWaits = !enabled && sendWelcome;
  const roles = companies.find((c) => c.id === companyId)?.roles ?? [];

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // on success the action goes back to the list with a notice
    const values = getValues();
    const res = id ? await updateAccountUserAction({ id, values }) : await createAccountUserAction(values);
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const check = (name: "enabled" | "generatePassword" | "sendWelcomeEmail") => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" {...register(name)} />
      {label(name)}
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="account-user-form" className="space-y-4">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {check("enabled")}
      {errors.enabled?.message && (
        <p data-testid="enabled-error" className="text-sm text-red-700">
          {errors.enabled.message}
        </p>
      )}
      {TEXT.map(({ name, type }) => (
        <Field key={name} id={name} label={label(name)} error={errors[name]?.message}>
          <input
            id={name}
            type={type}
            {...register(name)}
            className={inputClass}
            aria-invalid={!!errors[name]}
            aria-describedby={describedBy(name, false, !!errors[name])}
          />
        </Field>
      ))}
      <Field id="companyId" label={label("companyId")} error={errors.companyId?.message}>
        <select id="companyId" {...register("companyId")} className={inputClass} aria-invalid={!!errors.companyId}>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{label("roleIds")}</legend>
        {roles.map((r) => (
          <label key={r.id} className="mr-4 inline-flex items-center gap-2 text-sm">
            <input type="checkbox" value={r.id} {...register("roleIds")} />
            {r.name}
          </label>
        ))}
        {errors.roleIds?.message && (
          <p data-testid="roleIds-error" className="mt-1 text-sm text-red-700">
            {errors.roleIds.message}
          </p>
        )}
      </fieldset>
      {mode === "create" && (
        <div className="space-y-4">
          {check("generatePassword")}
          {!generate &&
            (["password", "repeatPassword"] as const).map((name) => (
              <Field
                key={name}
                id={name}
                label={label(name)}
                hint={name === "password" ? passwordHint : undefined}
                error={errors[name]?.message}
              >
                <input
                  id={name}
                  type="password"
                  autoComplete="new-password"
                  {...register(name)}
                  className={inputClass}
                  aria-invalid={!!errors[name]}
                  aria-describedby={describedBy(name, name === "password" && !!passwordHint, !!errors[name])}
                />
              </Field>
            ))}
          {check("sendWelcomeEmail")}
          {welcomeWaits && (
            <p data-testid="welcome-on-enable" className="text-sm text-slate-600">
              {t("shop.accountUsers.welcomeOnEnable")}
            </p>
          )}
        </div>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("shop.accountUsers.save")}
        </Button>
        <ButtonLink variant="secondary" href="/account/users">
          {t("shop.accountUsers.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
