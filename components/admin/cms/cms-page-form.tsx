"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  CMS_AUDIENCES,
  cmsPageFormSchema,
  emptyBlock,
  type CmsPageFormInput,
  type CmsPageFormValues,
} from "@/lib/cms/schema";
import { createCmsPageAction, updateCmsPageAction } from "@/lib/cms/staff-actions";

import { BlockCompanyField } from "./block-company-field";

type Option = { id: string; name: string };

/** `deniedCompanies`: shown instead of a block's company picker to a viewer who may not view companies; the block keeps its company. */
export function CmsPageForm({
  pageId,
  defaults,
  options,
  deniedCompanies,
}: {
  pageId?: string;
  defaults: CmsPageFormInput;
  options: { websites: Option[]; customerGroups: Option[] };
  deniedCompanies?: string;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setValue, formState } = useForm<
    CmsPageFormInput,
    unknown,
    CmsPageFormValues
  >({
    resolver: zodResolver(cmsPageFormSchema(t)),
    defaultValues: defaults,
  });
  const blocks = useFieldArray({ control, name: "blocks" });
  const watched = useWatch({ control, name: "blocks" }) ?? [];
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = pageId ? await updateCmsPageAction({ id: pageId, values }) : await createCmsPageAction(values);
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  const text = (name: "slug" | "title", hint?: string) => (
    <Field id={name} label={t(`cms.form.${name}`)} hint={hint} error={errors[name]?.message}>
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
      className="max-w-3xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {text("slug", t("cms.form.slugHint"))}
      {text("title")}
      <Field id="websiteId" label={t("cms.form.websiteId")} error={errors.websiteId?.message}>
        <select id="websiteId" {...register("websiteId")} className={inputClass}>
          <option value="">{t("cms.allWebsites")}</option>
          {options.websites.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("published")} />
        {t("cms.form.published")}
      </label>
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium">{t("cms.form.blocks")}</legend>
        {blocks.fields.length === 0 && <p className="text-sm text-slate-600">{t("cms.form.noBlocks")}</p>}
        {blocks.fields.map((row, i) => {
          const { audience, companyId = "", companyLabel = "" } = watched[i] ?? {};
          const e = errors.blocks?.[i];
          return (
            <div key={row.id} className="space-y-3 rounded border border-slate-200 p-4" data-testid="cms-block-form">
              <p className="text-sm font-semibold">{t("cms.form.block", { number: i + 1 })}</p>
              <Field
                id={`blocks.${i}.body`}
                label={t("cms.form.body")}
                hint={t("cms.form.bodyHint")}
                error={e?.body?.message}
              >
                <textarea
                  id={`blocks.${i}.body`}
                  rows={5}
                  {...register(`blocks.${i}.body`)}
                  className={inputClass}
                  aria-describedby={describedBy(`blocks.${i}.body`, true, !!e?.body)}
                />
              </Field>
              <Field id={`blocks.${i}.audience`} label={t("cms.form.audience")}>
                <select id={`blocks.${i}.audience`} {...register(`blocks.${i}.audience`)} className={inputClass}>
                  {CMS_AUDIENCES.map((a) => (
                    <option key={a} value={a}>
                      {t(`cms.form.audiences.${a}`)}
                    </option>
                  ))}
                </select>
              </Field>
              {audience === "CUSTOMER_GROUP" && (
                <Field
                  id={`blocks.${i}.customerGroupId`}
                  label={t("cms.form.customerGroupId")}
                  error={e?.customerGroupId?.message}
                >
                  <select
                    id={`blocks.${i}.customerGroupId`}
                    {...register(`blocks.${i}.customerGroupId`)}
                    className={inputClass}
                    aria-invalid={!!e?.customerGroupId}
                  >
                    <option value="">{t("cms.form.chooseGroup")}</option>
                    {options.customerGroups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              {audience === "COMPANY" && deniedCompanies && (
                <p className="text-sm text-slate-600" data-testid="no-access">
                  {deniedCompanies}
                </p>
              )}
              {audience === "COMPANY" && !deniedCompanies && (
                <BlockCompanyField
                  id={`blocks.${i}.companyId`}
                  value={companyId}
                  label={companyLabel}
                  error={e?.companyId?.message}
                  onChange={(id, label) => {
                    setValue(`blocks.${i}.companyId`, id, { shouldDirty: true });
                    setValue(`blocks.${i}.companyLabel`, label);
                  }}
                />
              )}
              <div className="flex gap-4">
                {i > 0 && (
                  <Button type="button" variant="link" onClick={() => blocks.move(i, i - 1)}>
                    {t("cms.form.moveUp")}
                  </Button>
                )}
                <Button type="button" variant="link" onClick={() => blocks.remove(i)}>
                  {t("cms.form.removeBlock")}
                </Button>
              </div>
            </div>
          );
        })}
        {errors.blocks?.message && (
          <p className="text-sm text-red-700" data-testid="blocks-error">
            {errors.blocks.message}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={() => blocks.append(emptyBlock())}>
          {t("cms.form.addBlock")}
        </Button>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(pageId ? "cms.form.update" : "cms.form.create")}
      </Button>
    </form>
  );
}
