"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { addToListAction } from "@/lib/shopping-lists/actions";
import { addToListSchema, type QuantityInput } from "@/lib/shopping-lists/schema";
import { applyFieldErrors } from "../form-errors";

type Values = { productId: string; quantity: number };

/** A quantity and "Add to list": the line goes onto the session's current list. */
export function AddToListForm({ productId, sku }: { productId: string; sku: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<QuantityInput, unknown, Values>({
    resolver: zodResolver(addToListSchema(t)),
    defaultValues: { productId, quantity: 1 },
  });
  const error = formState.errors.quantity?.message;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const res = await addToListAction(values);
    if (res.ok) return setStatus({ ok: true, message: t("shop.lists.added") });
    setStatus({ ok: false, message: res.message });
    applyFieldErrors(setError, res.fieldErrors);
  });
  const id = `qty-${sku}`;
  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid={`add-to-list-${sku}`} className="mt-3 space-y-1 text-sm">
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">{t("shop.lists.quantity")}</label>
        <input id={id} type="number" min={1} {...register("quantity")} className={`${inputClass} w-20`} aria-invalid={!!error} aria-label={t("shop.lists.quantity")} />
        <Button type="submit" disabled={formState.isSubmitting}>{t("shop.lists.add")}</Button>
      </div>
      {error && <p className="text-red-700" data-testid="quantity-error">{error}</p>}
      {status && (
        <p role="status" className={status.ok ? "text-green-700" : "text-red-700"} data-testid="add-to-list-status">
          {status.message} {status.ok && <Link className="underline" href="/shopping-lists">{t("shop.lists.view")}</Link>}
        </p>
      )}
    </form>
  );
}
