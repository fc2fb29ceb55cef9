"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";
import { registrationSchema, type RegistrationInput } from "@/lib/shop-account/schema";
import { registerAction } from "@/lib/shop-account/shop-public-actions";

const FIELDS = [
  { name: "firstName", type: "text", autoComplete: "given-name" },
  { name: "lastName", type: "text", autoComplete: "family-name" },
  { name: "companyName", type: "text", autoComplete: "organization" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "password", type: "password", autoComplete: "new-password" },
  { name: "repeatPassword", type: "password", autoComplete: "new-password" },
] as const;

type Consent = { id: string; name: string; page: string | null };

/**
 * Registration: a new company on this website with the person as its first user. `hint` states the
 * configured password policy; `consents` are the mandatory ones to tick. The server enforces both.
 */
export function RegisterForm({ hint: policyHint, consents = [] }: { hint?: string; consents?: Consent[] } = {}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setValue, getValues, formState } = useForm<RegistrationInput>({
    resolver: zodResolver(
      registrationSchema(
        t,
        consents.map((c) => c.id),
      ),
    ),
    defaultValues: { consents: [] },
  });
  const ticked = useWatch({ control, name: "consents" }) ?? [];
  const errors = formState.errors;
  const consentError = errors.consents?.message;
  const toggle = (id: string, on: boolean) =>
    setValue("consents", on ? [...ticked, id] : ticked.filter((c) => c !== id), {
      shouldValidate: formState.isSubmitted,
    });

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await registerAction(getValues());
    if (res && !res.ok) {
      setFormError(applyServerErrors(res, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="mt-6 space-y-4">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {FIELDS.map(({ name, type, autoComplete }) => {
        const hint =
          name === "password"
            ? (policyHint ?? t("shop.register.passwordHint", { min: CUSTOMER_PASSWORD_POLICY.minLength }))
            : undefined;
        const error = errors[name]?.message;
        return (
          <Field key={name} id={name} label={t(`shop.register.${name}`)} hint={hint} error={error}>
            <input
              id={name}
              type={type}
              autoComplete={autoComplete}
              {...register(name)}
              className={inputClass}
              aria-invalid={!!error}
              aria-describedby={describedBy(name, !!hint, !!error)}
            />
          </Field>
        );
      })}
      {consents.length > 0 && (
        <fieldset className="space-y-2" aria-describedby={consentError ? "consents-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("shop.register.consents")}</legend>
          {consents.map((c) => (
            <div key={c.id} className="text-sm">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  required
                  checked={ticked.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  aria-invalid={!!consentError && !ticked.includes(c.id)}
                />
                {c.name}
              </label>
              {c.page && (
                <Link className="ml-6 underline" href={`/pages/${c.page}`} target="_blank">
                  {t("shop.register.readPage", { name: c.name })}
                </Link>
              )}
            </div>
          ))}
          {consentError && (
            <p id="consents-error" data-testid="consents-error" className="text-sm text-red-700">
              {consentError}
            </p>
          )}
        </fieldset>
      )}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {t("shop.register.submit")}
      </Button>
    </form>
  );
}
