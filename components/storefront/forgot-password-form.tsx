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
import { forgotPasswordAction } from "@/lib/shop-account/password-shop-public-actions";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/shop-account/schema";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema(t)),
    defaultValues: { email: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // on success the action goes to the sign-in page with the same notice for every e-mail
    const res = await forgotPasswordAction(getValues());
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="mt-6 space-y-4">
      {formError && (
        <Notice tone="error" testId="forgot-error">
          {formError}
        </Notice>
      )}
      <Field id="email" label={t("shop.forgot.email")} error={errors.email?.message}>
        <input
          id="email"
          {...register("email")}
          type="email"
          autoComplete="username"
          className={inputClass}
          aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", false, !!errors.email)}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {t("shop.forgot.submit")}
      </Button>
    </form>
  );
}
