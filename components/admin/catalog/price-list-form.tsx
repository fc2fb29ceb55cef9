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
  PRICE_LIST_CURRENCIES,
  priceListFormSchema,
  type PriceListFormInput,
  type PriceListFormValues,
} from "@/lib/catalog/price-list-schema";
import { createPriceListAction, updatePriceListAction } from "@/lib/catalog/price-list-staff-actions";

import { CompanyPicker } from "./company-picker";

type Option = { id: string; name: string };

/** `deniedCompanies`: shown instead of the company picker to a viewer who may not view companies; the list keeps its companies. */
export function PriceListForm({
  priceListId,
  defaults,
  customerGroups,
  deniedCompanies,
}: {
  priceListId?: string;
  defaults: PriceListFormInput;
  customerGroups: Option[];
  deniedCompanies?: string;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setValue, getValues, formState } = useForm<
    PriceListFormInput,
    unknown,
    PriceListFormValues
  >({
    resolver: zodResolver(priceListFormSchema(t)),
    defaultValues: defaults,
  });
  const entries = useFieldArray({ control, name: "entries" });
  const companies = useWatch({ control, name: "companies" }) ?? [];
  const errors = formState.errors;

  // the action parses the typed values again, so it gets them as typed rather than as parsed
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const values = getValues();
    const res = priceListId
      ? await updatePriceListAction({ id: priceListId, values })
      : await createPriceListAction(values);
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

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
      <Field id="name" label={t("priceLists.form.name")} error={errors.name?.message}>
        <input
          id="name"
          type="text"
          autoComplete="off"
          {...register("name")}
          className={inputClass}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy("name", false, !!errors.name)}
        />
      </Field>
      <Field id="currency" label={t("priceLists.form.currency")}>
        <select id="currency" {...register("currency")} className={inputClass}>
          {PRICE_LIST_CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">{t("priceLists.form.entries")}</legend>
        {entries.fields.length === 0 && <p className="text-sm text-slate-600">{t("priceLists.form.noEntries")}</p>}
        {entries.fields.map((row, i) => (
          <div
            key={row.id}
            className="mt-2 grid grid-cols-[2fr_1fr_1fr_auto] items-start gap-2"
            data-testid="price-entry"
          >
            {(["sku", "price", "minQuantity"] as const).map((f) => {
              const id = `entries.${i}.${f}`;
              const error = errors.entries?.[i]?.[f]?.message;
              return (
                <Field key={f} id={id} label={t(`priceLists.form.${f}`)} error={error}>
                  <input
                    id={id}
                    type="text"
                    autoComplete="off"
                    {...register(`entries.${i}.${f}`)}
                    className={inputClass}
                    aria-invalid={!!error}
                    aria-describedby={describedBy(id, false, !!error)}
                  />
                </Field>
              );
            })}
            <Button type="button" variant="link" className="mt-7" onClick={() => entries.remove(i)}>
              {t("priceLists.form.removeEntry")}
            </Button>
          </div>
        ))}
        {errors.entries?.message && (
          <p className="mt-1 text-sm text-red-700" data-testid="entries-error">
            {errors.entries.message}
          </p>
        )}
        <Button
          type="button"
          variant="secondary"
          className="mt-3"
          onClick={() => entries.append({ sku: "", price: "", minQuantity: 1 })}
        >
          {t("priceLists.form.addEntry")}
        </Button>
      </fieldset>
      {deniedCompanies ? (
        <p className="text-sm text-slate-600" data-testid="no-access">
          {deniedCompanies}
        </p>
      ) : (
        <CompanyPicker
          value={companies}
          error={errors.companies?.message}
          onChange={(next) => setValue("companies", next, { shouldDirty: true })}
        />
      )}
      <fieldset>
        <legend className="text-sm font-medium">{t("priceLists.form.customerGroups")}</legend>
        {customerGroups.map((g) => (
          <label key={g.id} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" value={g.id} {...register("customerGroupIds")} />
            {g.name}
          </label>
        ))}
        {errors.customerGroupIds?.message && (
          <p className="mt-1 text-sm text-red-700" data-testid="customerGroupIds-error">
            {errors.customerGroupIds.message}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(priceListId ? "priceLists.form.update" : "priceLists.form.create")}
      </Button>
    </form>
  );
}
