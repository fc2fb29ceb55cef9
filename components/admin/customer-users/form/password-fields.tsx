"use client";

import { useTranslations } from "next-intl";

import { describedBy, Field, inputClass } from "@/components/ui/field";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";

import type { CustomerUserForm } from "./types";

/** Generate a password, or type one twice; and whether the welcome e-mail carries the sign-in details. */
export function PasswordFields({ form, hint }: { form: CustomerUserForm; hint?: string }) {
  const t = useTranslations("customerUsers.form");
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const generated = watch("generatePassword");
  const welcomeWaits = !watch("enabled") && watch("sendWelcomeEmail");
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("generatePassword")} />
        {t("generatePassword")}
      </label>
      {!generated && (
        <div className="grid gap-4 lg:grid-cols-2">
          {(["password", "repeatPassword"] as const).map((name) => (
            <Field
              key={name}
              id={name}
              label={t(name)}
              hint={
                name === "password"
                  ? (hint ?? t("passwordHint", { min: CUSTOMER_PASSWORD_POLICY.minLength }))
                  : undefined
              }
              error={errors[name]?.message}
            >
              <input
                id={name}
                type="password"
                autoComplete="new-password"
                {...register(name)}
                className={inputClass}
                aria-invalid={!!errors[name]}
                aria-describedby={describedBy(name, name === "password", !!errors[name])}
              />
            </Field>
          ))}
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("sendWelcomeEmail")} />
        {t("sendWelcomeEmail")}
      </label>
      {welcomeWaits && (
        <p data-testid="welcome-on-enable" className="text-sm text-slate-600">
          {t("welcomeOnEnable")}
        </p>
      )}
    </>
  );
}
