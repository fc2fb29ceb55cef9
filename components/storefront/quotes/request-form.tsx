"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  emptyRequestLine,
  requestForQuoteSchema,
  type RequestForQuoteInput,
  type RequestForQuoteValues,
} from "@/lib/requests-for-quote/schema";
import { submitRequestForQuoteAction } from "@/lib/requests-for-quote/shop-actions";
import { MAX_LINES } from "@/lib/sales-documents/lines";

const CELLS = ["sku", "quantity", "targetPrice"] as const;

/**
 * A request for quote typed by SKU, or prefilled from a product page or a shopping list; the server
 * checks each SKU against the products this customer may see.
 */
export function RequestForm({ initialLines = [] }: { initialLines?: { sku: string; quantity: number }[] }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, getValues, formState } = useForm<
    RequestForQuoteInput,
    unknown,
    RequestForQuoteValues
  >({
    resolver: zodResolver(requestForQuoteSchema(t)),
    defaultValues: {
      poNumber: "",
      note: "",
      lines: initialLines.length
        ? initialLines.map((l) => ({ ...emptyRequestLine(), sku: l.sku, quantity: l.quantity }))
        : [emptyRequestLine()],
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await submitRequestForQuoteAction(getValues());
    if (res.ok && res.data) {
      router.push(`/requests/${res.data.number}?notice=rfq-submitted`);
      return;
    }
    if (!res.ok) {
      setFormError(applyServerErrors(res, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="rfq-form" className="space-y-5">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("shop.rfq.lines")}</legend>
        {fields.map((field, i) => (
          <div key={field.id} className="grid grid-cols-[2fr_1fr_1fr_auto] items-start gap-2" data-testid="rfq-line">
            {CELLS.map((c) => {
              const id = `lines-${i}-${c}`;
              const error = errors.lines?.[i]?.[c]?.message;
              return (
                <div key={c}>
                  <label htmlFor={id} className="block text-xs text-slate-600">
                    {t(`shop.rfq.${c}`)} {i + 1}
                  </label>
                  <input
                    id={id}
                    {...register(`lines.${i}.${c}`)}
                    className={inputClass}
                    aria-invalid={!!error}
                    autoComplete="off"
                    inputMode={c === "sku" ? undefined : c === "quantity" ? "numeric" : "decimal"}
                  />
                  {error && (
                    <p data-testid={`${id}-error`} className="mt-1 text-xs text-red-700">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
            <Button
              type="button"
              variant="link"
              className="mt-5"
              onClick={() => remove(i)}
              disabled={fields.length === 1}
            >
              {t("shop.rfq.removeLine")}
            </Button>
          </div>
        ))}
        {errors.lines?.message && (
          <p data-testid="lines-error" className="text-sm text-red-700">
            {errors.lines.message}
          </p>
        )}
        <Button
          type="button"
          variant="secondary"
          onClick={() => append(emptyRequestLine())}
          disabled={fields.length >= MAX_LINES}
        >
          {t("shop.rfq.addLine")}
        </Button>
      </fieldset>
      <Field id="poNumber" label={t("shop.rfq.poNumber")} error={errors.poNumber?.message}>
        <input
          id="poNumber"
          {...register("poNumber")}
          className={inputClass}
          aria-invalid={!!errors.poNumber}
          aria-describedby={describedBy("poNumber", false, !!errors.poNumber)}
        />
      </Field>
      <Field id="note" label={t("shop.rfq.note")} error={errors.note?.message}>
        <textarea
          id="note"
          rows={3}
          {...register("note")}
          className={inputClass}
          aria-invalid={!!errors.note}
          aria-describedby={describedBy("note", false, !!errors.note)}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("shop.rfq.submit")}
      </Button>
    </form>
  );
}
