"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { customerLoginSchema } from "@/lib/shop-account/login-schema";
import { customerLoginAction } from "@/lib/shop-account/shop-public-actions";

type Values = { email: string; password: string };

export function ShopLoginForm({ next }: { next: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(customerLoginSchema(t).omit({ next: true })),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const res = await customerLoginAction({ ...values, next });
    if (res && !res.ok) setServerError(res.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="mt-6 space-y-4">
      <Field id="email" label={t("shop.login.email")} error={errors.email?.message}>
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
      <Field id="password" label={t("shop.login.password")} error={errors.password?.message}>
        <input
          id="password"
          {...register("password")}
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", false, !!errors.password)}
        />
      </Field>
      {serverError && (
        <p role="alert" data-testid="login-error" className="text-sm text-red-700">
          {serverError}
        </p>
      )}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {t("shop.login.submit")}
      </Button>
    </form>
  );
}
