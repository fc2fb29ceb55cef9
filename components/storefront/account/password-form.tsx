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
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";
import { changePasswordAction } from "@/lib/shop-account/profile-shop-actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/shop-account/schema";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "password", autoComplete: "new-password" },
  { name: "repeatPassword", autoComplete: "new-password" },
] as const;

const EMPTY: ChangePasswordInput = { currentPassword: "", password: "", repeatPassword: "" };

/** `hint` states the configured policy; without it the form shows the storefront's basic rule. */
export function PasswordForm({ hint: policyHint }: { hint?: string } = {}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema(t)),
    defaultValues: EMPTY,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // on success the action loads the account page afresh with a notice
    const res = await changePasswordAction(getValues());
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="password-form" className="space-y-4">
      {formError && (
        <Notice tone="error" testId="password-form-error">
          {formError}
        </Notice>
      )}
      {FIELDS.map(({ name, autoComplete }) => {
        const hint =
          name === "password"
            ? (policyHint ?? t("shop.register.passwordHint", { min: CUSTOMER_PASSWORD_POLICY.minLength }))
            : undefined;
        return (
          <Field
            key={name}
            id={name}
            label={t(`shop.account.password.${name}`)}
            hint={hint}
            error={errors[name]?.message}
          >
            <input
              id={name}
              type="password"
              autoComplete={autoComplete}
              {...register(name)}
              className={inputClass}
              aria-invalid={!!errors[name]}
              aria-describedby={describedBy(name, !!hint, !!errors[name])}
            />
          </Field>
        );
      })}
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("shop.account.password.submit")}
      </Button>
    </form>
  );
}
