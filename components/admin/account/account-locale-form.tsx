"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { Locale, LocaleOption } from "@/lib/i18n/locales";
import { accountLocaleSchema, type AccountLocaleInput } from "@/lib/staff-account/schema";
import { updateOwnLocaleAction } from "@/lib/staff-account/staff-actions";

export function AccountLocaleForm({ locale, locales }: { locale: Locale; locales: LocaleOption[] }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState } = useForm<AccountLocaleInput>({
    resolver: zodResolver(
      accountLocaleSchema(
        t,
        locales.map((l) => l.code),
      ),
    ),
    defaultValues: { locale },
  });

  const onSubmit = handleSubmit(async (values) => {
    const res = await updateOwnLocaleAction(values);
    if (!res.ok) return setMessage({ ok: false, text: res.message });
    // the whole back office re-renders in the new language, this page included
    router.refresh();
    setMessage({ ok: true, text: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} className="space-y-4 rounded-lg bg-white p-6 shadow">
      {message && !message.ok && <Notice tone="error">{message.text}</Notice>}
      {message?.ok && <Notice tone="success">{t("account.saved")}</Notice>}
      <Field id="locale" label={t("users.form.locale")} error={formState.errors.locale?.message}>
        <select id="locale" {...register("locale")} className={inputClass}>
          {locales.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("account.save")}
      </Button>
    </form>
  );
}
