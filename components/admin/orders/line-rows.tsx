"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type FieldErrors, type UseFormRegister } from "react-hook-form";
import type { Control } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { emptyLine, MAX_LINES, type LineInput } from "@/lib/orders/lines";

type WithLines = { lines: LineInput[] };
const COLUMNS = ["sku", "name", "quantity", "unitPrice"] as const;

/** The hand-entered lines of an order or quote: one row per product, errors under the cell they belong to. */
export function LineRows({ prefix, control, register, errors, currency }: {
  prefix: string; control: Control<WithLines>; register: UseFormRegister<WithLines>; errors: FieldErrors<WithLines>; currency: string;
}) {
  const t = useTranslations("orders.form");
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const listError = errors.lines?.message ?? errors.lines?.root?.message;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("lines")}</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="grid grid-cols-[1fr_2fr_6rem_8rem_auto] items-start gap-2" data-testid="line-row">
          {COLUMNS.map((c) => {
            const id = `${prefix}-lines-${i}-${c}`;
            const error = errors.lines?.[i]?.[c]?.message;
            return (
              <div key={c}>
                <label htmlFor={id} className="sr-only">{t(`line.${c}`, { currency })} {i + 1}</label>
                {i === 0 && <span aria-hidden className="block text-xs text-slate-600">{t(`line.${c}`, { currency })}</span>}
                <input
                  id={id} {...register(`lines.${i}.${c}`)} className={inputClass} aria-invalid={!!error}
                  inputMode={c === "quantity" ? "numeric" : c === "unitPrice" ? "decimal" : undefined} autoComplete="off"
                />
                {error && <p data-testid={`${id}-error`} className="mt-1 text-xs text-red-700">{error}</p>}
              </div>
            );
          })}
          <Button type="button" variant="link" className={i === 0 ? "mt-6" : "mt-2"} onClick={() => remove(i)} disabled={fields.length === 1}>
            {t("removeLine")}
          </Button>
        </div>
      ))}
      {listError && <p data-testid={`${prefix}-lines-error`} className="text-sm text-red-700">{listError}</p>}
      <Button type="button" variant="secondary" onClick={() => append(emptyLine())} disabled={fields.length >= MAX_LINES}>{t("addLine")}</Button>
    </fieldset>
  );
}
