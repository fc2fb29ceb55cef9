"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { updateProfileAction } from "@/lib/shop-account/profile-shop-actions";
import { profileSchema, type ProfileInput, type ProfileValues } from "@/lib/shop-account/schema";

const TEXT = [
  { name: "firstName", type: "text" },
  { name: "lastName", type: "text" },
  { name: "phone", type: "tel" },
  { name: "birthday", type: "date" },
] as const;

/** The customer's own profile; a new preferred language takes effect on the next page. */
export function ProfileForm({
  defaults,
  locales,
}: {
  defaults: ProfileInput;
  locales: { code: string; name: string }[];
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<ProfileInput, unknown, ProfileValues>({
    resolver: zodResolver(profileSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setResult(null);
    const res = await updateProfileAction(getValues());
    if (res.ok) {
      setResult({ ok: true, message: t("shop.account.profile.saved") });
      router.refresh();
      return;
    }
    setResult({ ok: false, message: applyServerErrors(res, setError) });
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="profile-form" className="space-y-4">
      {result && (
        <Notice tone={result.ok ? "success" : "error"} testId={result.ok ? "notice" : "form-error"}>
          {result.message}
        </Notice>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT.map(({ name, type }) => (
          <Field key={name} id={name} label={t(`shop.account.profile.${name}`)} error={errors[name]?.message}>
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
        <Field
          id="preferredLocale"
          label={t("shop.account.profile.preferredLocale")}
          error={errors.preferredLocale?.message}
        >
          <select
            id="preferredLocale"
            {...register("preferredLocale")}
            className={inputClass}
            aria-invalid={!!errors.preferredLocale}
            aria-describedby={describedBy("preferredLocale", false, !!errors.preferredLocale)}
          >
            <option value="">{t("shop.account.profile.websiteDefault")}</option>
            {locales.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("shop.account.profile.save")}
      </Button>
    </form>
  );
}
