"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Control, type FieldErrors, type Resolver, type UseFormRegister } from "react-hook-form";
import type { z } from "zod";

import { Button } from "@/components/ui/button";
import { useModal } from "@/components/ui/dialog";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { orderFormSchema } from "@/lib/orders/schema";
import { createOrderAction, orderCatalogLookupAction } from "@/lib/orders/staff-actions";
import { quoteFormSchema } from "@/lib/quotes/schema";
import { createQuoteAction, quoteCatalogLookupAction } from "@/lib/quotes/staff-actions";
import { emptyLine, type LineInput } from "@/lib/sales-documents/lines";

import { LineRows } from "./line-rows";

type Kind = "order" | "quote";
type Values = {
  customerUserId: string;
  poNumber: string;
  validUntil: string;
  billingAddressId: string;
  shippingAddressId: string;
  lines: LineInput[];
  requestForQuoteId?: string;
};
type Option = { id: string; label: string };
/** The customer's address book as the order form offers it, with their defaults chosen. */
export type AddressChoices = {
  billing: Option[];
  shipping: Option[];
  defaults: { billingAddressId: string; shippingAddressId: string };
};
/** A quote answering a request for quote starts from the request's lines and opens its own page once saved. */
type FromRequest = { requestForQuoteId: string; lines: LineInput[] };

/**
 * A new order or quote for one customer user, placed by staff. The same form is a page of its own
 * and the content of the view page's dialog: either way a saved document leads to the view page's
 * tab that lists it, and in the dialog the dialog closes first.
 */
export function DocumentForm({
  kind,
  customerUserId,
  currency,
  fromRequest,
  mayOverridePrice,
  mayLookUp,
  addresses,
}: {
  kind: Kind;
  customerUserId: string;
  currency: string;
  fromRequest?: FromRequest;
  mayOverridePrice: boolean;
  mayLookUp: boolean;
  addresses?: AddressChoices;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const modal = useModal();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = kind === "order" ? orderFormSchema(t) : quoteFormSchema(t);
  const defaults: Values = {
    customerUserId,
    poNumber: "",
    validUntil: "",
    billingAddressId: addresses?.defaults.billingAddressId ?? "",
    shippingAddressId: addresses?.defaults.shippingAddressId ?? "",
    lines: fromRequest?.lines ?? [emptyLine()],
    requestForQuoteId: fromRequest?.requestForQuoteId,
  };
  const { register, handleSubmit, setError, getValues, reset, control, formState } = useForm<Values>({
    // the server parses the same raw values again, so the form sends them, not the parsed ones
    resolver: zodResolver(schema as unknown as z.ZodType<Values, Values>) as Resolver<Values>,
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const prefix = kind;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const { poNumber, validUntil, requestForQuoteId, billingAddressId, shippingAddressId, ...common } = getValues();
    const res =
      kind === "order"
        ? await createOrderAction({ ...common, poNumber, billingAddressId, shippingAddressId })
        : await createQuoteAction({ ...common, validUntil, requestForQuoteId });
    if (res.ok && fromRequest && res.data) {
      router.push(`/admin/quotes/${res.data.number}?notice=created`);
      return;
    }
    if (res.ok) {
      reset(defaults);
      modal?.close();
      router.push(`/admin/customer-users/${customerUserId}?tab=${kind}s&notice=${kind}-created`);
      return;
    }
    setFormError(applyServerErrors(res, setError));
  });

  const extra = kind === "order" ? "poNumber" : "validUntil";
  const extraId = `${prefix}-${extra}`;
  const extraError = errors[extra]?.message;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid={`${kind}-form`}
      className="max-w-3xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id={extraId} label={t(`orders.form.${extra}`)} error={extraError}>
        <input
          id={extraId}
          type={extra === "validUntil" ? "date" : "text"}
          autoComplete="off"
          {...register(extra)}
          className={inputClass}
          aria-invalid={!!extraError}
          aria-describedby={describedBy(extraId, false, !!extraError)}
        />
      </Field>
      {kind === "order" &&
        addresses &&
        (["billing", "shipping"] as const).map((k) => {
          const name = `${k}AddressId` as const;
          const id = `${prefix}-${name}`;
          const error = errors[name]?.message;
          const options = addresses[k];
          return (
            <Field
              key={k}
              id={id}
              label={t(`orders.form.${k}Address`)}
              error={error}
              hint={options.length === 0 ? t(`orders.form.noAddress.${k}`) : undefined}
            >
              <select
                id={id}
                {...register(name)}
                className={inputClass}
                aria-invalid={!!error}
                aria-describedby={describedBy(id, options.length === 0, !!error)}
              >
                {options.length === 0 && <option value="">—</option>}
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      <LineRows
        prefix={prefix}
        currency={currency}
        customerUserId={customerUserId}
        mayOverridePrice={mayOverridePrice}
        lookup={!mayLookUp ? null : kind === "order" ? orderCatalogLookupAction : quoteCatalogLookupAction}
        control={control as unknown as Control<{ lines: LineInput[] }>}
        register={register as unknown as UseFormRegister<{ lines: LineInput[] }>}
        errors={errors as FieldErrors<{ lines: LineInput[] }>}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(`orders.form.create.${kind}`)}
      </Button>
    </form>
  );
}
