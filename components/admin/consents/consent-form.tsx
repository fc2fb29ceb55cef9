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
import { consentFormSchema, type ConsentFormInput, type ConsentFormValues } from "@/lib/consents/schema";
import { createConsentAction, updateConsentAction } from "@/lib/consents/staff-actions";

type PageOption = { id: string; slug: string; title: string };

/** `deniedPages`: shown instead of the page choice to a viewer who may not view CMS pages; the consent keeps its page. */
export function ConsentForm({
  consentId,
  defaults,
  pages,
  deniedPages,
}: {
  consentId?: string;
  defaults: ConsentFormInput;
  pages: PageOption[];
  deniedPages?: string;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ConsentFormInput, unknown, ConsentFormValues>({
    resolver: zodResolver(consentFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = consentId ? await updateConsentAction({ id: consentId, values }) : await createConsentAction(values);
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const text = (name: "code" | "name", hint?: string) => (
    <Field id={name} label={t(`consents.form.${name}`)} hint={hint} error={errors[name]?.message}>
      <input
        id={name}
        type="text"
        autoComplete="off"
        {...register(name)}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, !!hint, !!errors[name])}
      />
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {text("code", t("consents.form.codeHint"))}
      {text("name")}
      <Field id="cmsPageId" label={t("consents.form.cmsPageId")} error={errors.cmsPageId?.message}>
        {deniedPages ? (
          <p className="text-sm text-slate-600" data-testid="no-access">
            {deniedPages}
          </p>
        ) : (
          <select id="cmsPageId" {...register("cmsPageId")} className={inputClass}>
            <option value="">{t("consents.form.noPage")}</option>
            {pages.map((p) => (
              <option key={p.id} value={p.id}>{`${p.title} (/${p.slug})`}</option>
            ))}
          </select>
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("mandatory")} />
        {t("consents.form.mandatory")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} />
        {t("consents.form.active")}
      </label>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(consentId ? "consents.form.update" : "consents.form.create")}
      </Button>
    </form>
  );
}
