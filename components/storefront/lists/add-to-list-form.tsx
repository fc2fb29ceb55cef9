"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { addToListAction } from "@/lib/shopping-lists/shop-actions";

/**
 * A quantity and "Add to list": the line goes onto the session's current list. It sits on every
 * product card, so it stays small: no form library or schema in the browser; the server action
 * validates the quantity and its translated error is shown here.
 */
export function AddToListForm({ productId, sku }: { productId: string; sku: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const [quantity, setQuantity] = useState("1");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setStatus(null);
      setError(null);
      const res = await addToListAction({ productId, quantity });
      if (res.ok) return setStatus({ ok: true, message: t("shop.lists.added") });
      const fieldError = res.fieldErrors?.quantity?.[0];
      if (fieldError) setError(fieldError);
      else setStatus({ ok: false, message: res.message });
    });
  };
  const id = `qty-${sku}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid={`add-to-list-${sku}`}
      className="mt-3 space-y-1 text-sm"
    >
      <div className="flex items-end gap-2">
        <label htmlFor={id} className="sr-only">
          {t("shop.lists.quantity")}
        </label>
        <input
          id={id}
          name="quantity"
          type="number"
          min={1}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          className={`${inputClass} w-20`}
          aria-invalid={!!error}
          aria-label={t("shop.lists.quantity")}
        />
        <Button type="submit" disabled={pending}>
          {t("shop.lists.add")}
        </Button>
      </div>
      {error && (
        <p className="text-red-700" data-testid="quantity-error">
          {error}
        </p>
      )}
      {status && (
        <p role="status" className={status.ok ? "text-green-700" : "text-red-700"} data-testid="add-to-list-status">
          {status.message}{" "}
          {status.ok && (
            <Link className="underline" href="/shopping-lists">
              {t("shop.lists.view")}
            </Link>
          )}
        </p>
      )}
    </form>
  );
}
