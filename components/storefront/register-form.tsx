"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { registerAction } from "@/lib/customer-account/actions";
import { registrationSchema, type RegistrationInput } from "@/lib/customer-account/schema";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/customer-users/password-policy";
import { applyFieldErrors } from "./form-errors";

const FIELDS = [
  { name: "firstName", type: "text", autoComplete: "given-name" },
  { name: "lastName", type: "text", autoComplete: "family-name" },
  { name: "companyName", type: "text", autoComplete: "organization" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "password", type: "password", autoComplete: "new-password" },
  { name: "repeatPassword", type: "password", autoComplete: "new-password" },
] as const;

/** Registration: a new company on this website with the person as its first user. */
/** `hint` states the configured password policy; the server enforces it. */
export function RegisterForm({ hint: policyHint }: { hint?: string } = {}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<RegistrationInput>({ resolver: zodResolver(registrationSchema(t)) });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await registerAction(getValues());
    if (res && !res.ok) {
      setFormError(res.message);
      applyFieldErrors(setError, res.fieldErrors);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="mt-6 space-y-4">
      {formError && <Notice tone="error" testId="form-error">{formError}</Notice>}
      {FIELDS.map(({ name, type, autoComplete }) => {
        const hint = name === "password" ? (policyHint ?? t("shop.register.passwordHint", { min: CUSTOMER_PASSWORD_POLICY.minLength })) : undefined;
        const error = errors[name]?.message;
        return (
          <Field key={name} id={name} label={t(`shop.register.${name}`)} hint={hint} error={error}>
            <input id={name} type={type} autoComplete={autoComplete} {...register(name)} className={inputClass} aria-invalid={!!error} aria-describedby={describedBy(name, !!hint, !!error)} />
          </Field>
        );
      })}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">{t("shop.register.submit")}</Button>
    </form>
  );
}
