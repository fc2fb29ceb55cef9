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
import { changeEmailAction } from "@/lib/shop-account/profile-shop-actions";
import { changeEmailSchema, type ChangeEmailInput } from "@/lib/shop-account/schema";

const FIELDS = [
  { name: "email", type: "email", autoComplete: "email" },
  { name: "currentPassword", type: "password", autoComplete: "current-password" },
] as const;

/** "Change e-mail address": the new address and the current password. */
export function EmailForm() {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema(t)),
    defaultValues: { email: "", currentPassword: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // on success the action loads the account page afresh with a notice
    const res = await changeEmailAction(getValues());
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="email-form" className="space-y-4">
      {formError && (
        <Notice tone="error" testId="email-form-error">
          {formError}
        </Notice>
      )}
      {FIELDS.map(({ name, type, autoComplete }) => (
        <Field key={name} id={`change-${name}`} label={t(`shop.account.email.${name}`)} error={errors[name]?.message}>
          <input
            id={`change-${name}`}
            type={type}
            autoComplete={autoComplete}
            {...register(name)}
            className={inputClass}
            aria-invalid={!!errors[name]}
            aria-describedby={describedBy(`change-${name}`, false, !!errors[name])}
          />
        </Field>
      ))}
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("shop.account.email.submit")}
      </Button>
    </form>
  );
}
