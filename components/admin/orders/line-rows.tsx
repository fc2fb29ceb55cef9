"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { formatPrice } from "@/lib/catalog/pricing";
import { formatMinorUnits, parseMinorUnits } from "@/lib/money/money";
import { emptyLine, MAX_LINES, type CatalogMatch, type LineInput } from "@/lib/sales-documents/lines";

type WithLines = { lines: LineInput[] };
export type CatalogLookup = (input: {
  customerUserId: string;
  q: string;
  quantity: number;
}) => Promise<ActionResult<CatalogMatch[]>>;
type RowProps = {
  i: number;
  prefix: string;
  control: Control<WithLines>;
  register: UseFormRegister<WithLines>;
  errors: FieldErrors<WithLines>;
  currency: string;
  customerUserId: string;
  lookup: CatalogLookup | null;
  mayOverridePrice: boolean;
};

/**
 * One line: the SKU offers the customer's products as it is typed (a server search, 200 ms after the
 * last keystroke, newest answer only), and once it names one, the row shows its name and the
 * customer's price for the quantity (for staff who may view products). The price field is there only for staff who may change prices;
 * left empty it means the customer's price.
 */
function LineRow({
  i,
  prefix,
  control,
  register,
  errors,
  currency,
  customerUserId,
  lookup,
  mayOverridePrice,
}: RowProps) {
  const t = useTranslations("orders.form");
  const locale = useLocale();
  const sku = String(useWatch({ control, name: `lines.${i}.sku` }) ?? "").trim();
  const quantity = Number(useWatch({ control, name: `lines.${i}.quantity` }));
  const typedPrice = String(useWatch({ control, name: `lines.${i}.unitPrice` }) ?? "");
  const [matches, setMatches] = useState<CatalogMatch[]>([]);
  const request = useRef(0);

  useEffect(() => {
    const mine = ++request.current;
    if (!sku || !lookup) return;
    const timer = setTimeout(async () => {
      const res = await lookup({
        customerUserId,
        q: sku,
        quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1,
      });
      if (mine === request.current) setMatches(res.ok ? (res.data ?? []) : []);
    }, 200);
    return () => clearTimeout(timer);
  }, [sku, quantity, customerUserId, lookup]);

  const match = sku ? matches.find((m) => m.sku === sku) : undefined;
  const money = (amount: number) => formatPrice({ amount, currency: match?.currency ?? currency }, locale);
  const unit = typedPrice.trim() && mayOverridePrice ? parseMinorUnits(typedPrice) : (match?.unitPrice ?? null);
  const id = (c: string) => `${prefix}-lines-${i}-${c}`;
  const error = (c: "sku" | "quantity" | "unitPrice") => errors.lines?.[i]?.[c]?.message;
  const label = (c: string) => (
    <>
      <label htmlFor={id(c)} className="sr-only">
        {t(`line.${c}`, { currency })} {i + 1}
      </label>
      {i === 0 && (
        <span aria-hidden className="block text-xs text-slate-600">
          {t(`line.${c}`, { currency })}
        </span>
      )}
    </>
  );
  const errorText = (c: "sku" | "quantity" | "unitPrice") =>
    error(c) && (
      <p data-testid={`${id(c)}-error`} className="mt-1 text-xs text-red-700">
        {error(c)}
      </p>
    );

  return (
    <>
      <div>
        {label("sku")}
        <input
          id={id("sku")}
          {...register(`lines.${i}.sku`)}
          list={`${id("sku")}-options`}
          className={inputClass}
          aria-invalid={!!error("sku")}
          autoComplete="off"
        />
        <datalist id={`${id("sku")}-options`}>
          {matches.map((m) => (
            <option key={m.sku} value={m.sku}>{`${m.name} · ${money(m.unitPrice)}`}</option>
          ))}
        </datalist>
        {errorText("sku")}
      </div>
      <div>
        {i === 0 && (
          <span aria-hidden className="block text-xs text-slate-600">
            {t("line.name")}
          </span>
        )}
        <p className="mt-1 py-1.5 text-sm text-slate-800" data-testid={`${id("name")}`}>
          {match?.name ?? "—"}
        </p>
      </div>
      <div>
        {label("quantity")}
        <input
          id={id("quantity")}
          {...register(`lines.${i}.quantity`)}
          className={inputClass}
          aria-invalid={!!error("quantity")}
          inputMode="numeric"
          autoComplete="off"
        />
        {errorText("quantity")}
      </div>
      <div>
        {mayOverridePrice ? (
          <>
            {label("unitPrice")}
            <input
              id={id("unitPrice")}
              {...register(`lines.${i}.unitPrice`)}
              className={inputClass}
              aria-invalid={!!error("unitPrice")}
              inputMode="decimal"
              autoComplete="off"
              placeholder={match ? formatMinorUnits(match.unitPrice) : ""}
              aria-describedby={`${prefix}-price-hint`}
            />
          </>
        ) : (
          <>
            {i === 0 && (
              <span aria-hidden className="block text-xs text-slate-600">
                {t("line.customerPrice")}
              </span>
            )}
            <p className="mt-1 py-1.5 text-sm text-slate-800" data-testid={id("price")}>
              {match ? money(match.unitPrice) : "—"}
            </p>
          </>
        )}
        {errorText("unitPrice")}
      </div>
      <div>
        {i === 0 && (
          <span aria-hidden className="block text-xs text-slate-600">
            {t("line.total")}
          </span>
        )}
        <p className="mt-1 py-1.5 text-right text-sm tabular-nums text-slate-800" data-testid={id("total")}>
          {unit !== null && Number.isInteger(quantity) && quantity > 0 ? money(unit * quantity) : "—"}
        </p>
      </div>
    </>
  );
}

/** The lines of an order or quote: products of the catalog by SKU, errors under the cell they belong to. */
export function LineRows({
  prefix,
  control,
  register,
  errors,
  currency,
  customerUserId,
  lookup,
  mayOverridePrice,
}: Omit<RowProps, "i">) {
  const t = useTranslations("orders.form");
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const listError = errors.lines?.message ?? errors.lines?.root?.message;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("lines")}</legend>
      {mayOverridePrice && (
        <p id={`${prefix}-price-hint`} className="text-xs text-slate-600">
          {t("priceHint")}
        </p>
      )}
      {fields.map((field, i) => (
        <div
          key={field.id}
          className="grid grid-cols-2 items-start gap-2 lg:grid-cols-[8rem_1fr_5rem_7rem_7rem_auto]"
          data-testid="line-row"
        >
          <LineRow
            i={i}
            {...{ prefix, control, register, errors, currency, customerUserId, lookup, mayOverridePrice }}
          />
          <Button
            type="button"
            variant="link"
            className={i === 0 ? "mt-6" : "mt-2"}
            onClick={() => remove(i)}
            disabled={fields.length === 1}
          >
            {t("removeLine")}
          </Button>
        </div>
      ))}
      {listError && (
        <p data-testid={`${prefix}-lines-error`} className="text-sm text-red-700">
          {listError}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        onClick={() => append(emptyLine())}
        disabled={fields.length >= MAX_LINES}
      >
        {t("addLine")}
      </Button>
    </fieldset>
  );
}
