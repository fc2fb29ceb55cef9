"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { lineQuantitySchema } from "@/lib/shopping-lists/schema";
import { removeLineAction, setLineQuantityAction } from "@/lib/shopping-lists/shop-actions";

type Input = { listId: string; lineId: string; quantity: unknown };
type Values = { listId: string; lineId: string; quantity: number };

/** One list line: its quantity can be changed or the line removed; prices are the server's. */
export function LineRow({
  listId,
  line,
  unitPrice,
  lineTotal,
}: {
  listId: string;
  line: { id: string; sku: string; name: string; quantity: number };
  unitPrice: string;
  lineTotal: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Input, unknown, Values>({
    resolver: zodResolver(lineQuantitySchema(t)),
    defaultValues: { listId, lineId: line.id, quantity: line.quantity },
  });
  const error = formState.errors.quantity?.message ?? message;
  const done = (
    res: { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> },
  ) => {
    if (res.ok) return router.refresh();
    setMessage(applyServerErrors(res, setError));
  };
  const update = handleSubmit(async (values) => done(await setLineQuantityAction(values)));
  const id = `qty-${line.id}`;
  return (
    <tr className="border-b border-slate-100" data-testid="list-line">
      <td className="py-2 pr-3">
        {line.name}
        <span className="block text-xs text-slate-600">{line.sku}</span>
      </td>
      <td className="py-2 pr-3" data-testid="line-unit-price">
        {unitPrice}
      </td>
      <td className="py-2 pr-3">
        <form onSubmit={update} noValidate data-hydrated={hydrated} className="flex items-center gap-2">
          <input
            id={id}
            type="number"
            min={1}
            {...register("quantity")}
            aria-label={t("shop.lists.quantityOf", { name: line.name })}
            className={`${inputClass} w-20`}
            aria-invalid={!!error}
          />
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {t("shop.lists.update")}
          </Button>
        </form>
        {error && (
          <p className="mt-1 text-sm text-red-700" data-testid="quantity-error">
            {error}
          </p>
        )}
      </td>
      <td className="py-2 pr-3 text-right" data-testid="line-total">
        {lineTotal}
      </td>
      <td className="py-2 text-right">
        <Button
          type="button"
          variant="secondary"
          onClick={async () => done(await removeLineAction({ listId, lineId: line.id }))}
        >
          {t("shop.lists.remove")}
        </Button>
      </td>
    </tr>
  );
}
