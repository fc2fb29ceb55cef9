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
import { resetPasswordAction } from "@/lib/shop-account/password-shop-public-actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/shop-account/schema";

const FIELDS = ["password", "repeatPassword"] as const;

/** The new password through a reset link; `hint` states the configured policy. */
export function ResetPasswordForm({ token, hint }: { token: string; hint: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema(t)),
    defaultValues: { token, password: "", repeatPassword: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // on success the action goes to the sign-in page
    const res = await resetPasswordAction(getValues());
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid="reset-password-form"
      className="mt-6 space-y-4"
    >
      {formError && (
        <Notice tone="error" testId="reset-error">
          {formError}
        </Notice>
      )}
      {FIELDS.map((name) => {
        const fieldHint = name === "password" ? hint : undefined;
        return (
          <Field key={name} id={name} label={t(`shop.reset.${name}`)} hint={fieldHint} error={errors[name]?.message}>
            <input
              id={name}
              type="password"
              autoComplete="new-password"
              {...register(name)}
              className={inputClass}
              aria-invalid={!!errors[name]}
              aria-describedby={describedBy(name, !!fieldHint, !!errors[name])}
            />
          </Field>
        );
      })}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {t("shop.reset.submit")}
      </Button>
    </form>
  );
}
