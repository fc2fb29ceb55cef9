"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button, ButtonLink } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type ActionResult } from "@/lib/actions/result";
import type { RenderedEmail } from "@/lib/mail/templates";
import { templateFormSchema, type TemplateFormInput, type TemplateFormValues } from "@/lib/templates/schema";
import { previewTemplateAction, saveTemplateAction } from "@/lib/templates/staff-actions";

import { TemplatePreview } from "./template-preview";

type Props = { defaults: TemplateFormInput; variables: string[] };

export function TemplateForm({ defaults, variables }: Props) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const [preview, setPreview] = useState<RenderedEmail | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<TemplateFormInput, unknown, TemplateFormValues>({
    resolver: zodResolver(templateFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const refused = (res: ActionResult<unknown>) => {
    if (res.ok) return false;
    setFormError(applyServerErrors(res, setError));
    return true;
  };

  const onSave = handleSubmit(async (values) => {
    setFormError(null);
    refused(await saveTemplateAction(values));
  });
  const onPreview = handleSubmit(async (values) => {
    setFormError(null);
    const res = await previewTemplateAction(values);
    if (!refused(res) && res.ok && res.data) setPreview(res.data);
  });

  const text = (name: "subject" | "bodyText" | "bodyHtml", rows?: number) => (
    <Field id={name} label={t(`templates.${name}`)} error={errors[name]?.message}>
      {rows ? (
        <textarea
          id={name}
          rows={rows}
          {...register(name)}
          className={`${inputClass} font-mono`}
          aria-invalid={!!errors[name]}
          aria-describedby={describedBy(name, false, !!errors[name])}
        />
      ) : (
        <input
          id={name}
          type="text"
          autoComplete="off"
          {...register(name)}
          className={inputClass}
          aria-invalid={!!errors[name]}
          aria-describedby={describedBy(name, false, !!errors[name])}
        />
      )}
    </Field>
  );

  return (
    <div className="max-w-3xl space-y-6">
      <form onSubmit={onSave} noValidate data-hydrated={hydrated} className="space-y-5 rounded-lg bg-white p-6 shadow">
        {formError && (
          <Notice tone="error" testId="form-error">
            {formError}
          </Notice>
        )}
        <div>
          <h2 className="text-sm font-medium text-slate-800">{t("templates.variables")}</h2>
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="template-variables">
            {variables.map((v) => (
              <li key={v}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{`{{ ${v} }}`}</code>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-600">{t("templates.variablesHint", { example: "{{ firstName }}" })}</p>
        </div>
        {text("subject")}
        {text("bodyText", 10)}
        {text("bodyHtml", 10)}
        <div className="flex gap-3">
          <Button type="submit" disabled={formState.isSubmitting}>
            {t("templates.save")}
          </Button>
          <Button type="button" variant="secondary" onClick={onPreview} disabled={formState.isSubmitting}>
            {t("templates.preview")}
          </Button>
          <ButtonLink variant="link" href="/admin/email-templates">
            {t("templates.cancel")}
          </ButtonLink>
        </div>
      </form>
      {preview && <TemplatePreview preview={preview} />}
    </div>
  );
}
