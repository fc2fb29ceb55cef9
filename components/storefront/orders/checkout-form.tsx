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
import { checkoutSchema, type CheckoutInput, type CheckoutValues } from "@/lib/orders/checkout-schema";
import { placeOrderAction } from "@/lib/orders/checkout-shop-actions";

type Option = { id: string; label: string };

/** Addresses and PO number; the order itself is built from the list or the quote on the server. */
export function CheckoutForm({
  listId,
  quoteId,
  billing,
  shipping,
  defaults,
}: {
  listId?: string;
  quoteId?: string;
  billing: Option[];
  shipping: Option[];
  defaults: { billingAddressId: string; shippingAddressId: string };
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<CheckoutInput, unknown, CheckoutValues>({
    resolver: zodResolver(checkoutSchema(t)),
    defaultValues: { ...(quoteId ? { quoteId } : { listId }), poNumber: "", ...defaults },
  });
  const errors = formState.errors;
  // the action parses the form's own input: zod's output ("" turned into null) would not parse twice
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await placeOrderAction(getValues());
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });
  const select = (name: "billingAddressId" | "shippingAddressId", options: Option[]) => (
    <Field id={name} label={t(`shop.checkout.${name}`)} error={errors[name]?.message}>
      <select
        id={name}
        {...register(name)}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, false, !!errors[name])}
      >
        <option value="">{t("shop.checkout.choose")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="checkout-form" className="space-y-4">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {select("billingAddressId", billing)}
        {select("shippingAddressId", shipping)}
      </div>
      <Field id="poNumber" label={t("shop.checkout.poNumber")} error={errors.poNumber?.message}>
        <input
          id="poNumber"
          {...register("poNumber")}
          className={inputClass}
          aria-invalid={!!errors.poNumber}
          aria-describedby={describedBy("poNumber", false, !!errors.poNumber)}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("shop.checkout.place")}
      </Button>
    </form>
  );
}
