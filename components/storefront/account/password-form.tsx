"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { changePasswordAction } from "@/lib/customer-account/profile-actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/customer-account/schema";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/customer-users/password-policy";
import { applyFieldErrors } from "../form-errors";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "password", autoComplete: "new-password" },
  { name: "repeatPassword", autoComplete: "new-password" },
] as const;

const EMPTY: ChangePasswordInput = { currentPassword: "", password: "", repeatPassword: "" };

export function PasswordForm() {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema(t)), defaultValues: EMPTY });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setResult(null);
    const res = await changePasswordAction(getValues());
    if (res.ok) {
      reset(EMPTY);
      return setResult({ ok: true, message: t("shop.account.password.changed") });
    }
    setResult({ ok: false, message: res.message });
    applyFieldErrors(setError, res.fieldErrors);
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="password-form" className="space-y-4">
      {result && <Notice tone={result.ok ? "success" : "error"} testId={result.ok ? "password-notice" : "password-form-error"}>{result.message}</Notice>}
      {FIELDS.map(({ name, autoComplete }) => {
        const hint = name === "password" ? t("shop.register.passwordHint", { min: CUSTOMER_PASSWORD_POLICY.minLength }) : undefined;
        return (
          <Field key={name} id={name} label={t(`shop.account.password.${name}`)} hint={hint} error={errors[name]?.message}>
            <input id={name} type="password" autoComplete={autoComplete} {...register(name)} className={inputClass} aria-invalid={!!errors[name]} aria-describedby={describedBy(name, !!hint, !!errors[name])} />
          </Field>
        );
      })}
      <Button type="submit" disabled={formState.isSubmitting}>{t("shop.account.password.submit")}</Button>
    </form>
  );
}
