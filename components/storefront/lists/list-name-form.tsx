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
import { createListSchema, type ListNameInput } from "@/lib/shopping-lists/schema";
import { createListAction, renameListAction } from "@/lib/shopping-lists/shop-actions";

/** Creates a list (which becomes the current one), or renames the list `id`. */
export function ListNameForm({ id, name, onDone }: { id?: string; name?: string; onDone?: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<ListNameInput, unknown, { name: string }>({
    resolver: zodResolver(createListSchema(t)),
    defaultValues: { name: name ?? "" },
  });
  const error = formState.errors.name?.message ?? message;
  const onSubmit = handleSubmit(async ({ name: value }) => {
    setMessage(null);
    const res = id ? await renameListAction({ id, name: value }) : await createListAction({ name: value });
    if (res.ok) {
      if (!id) reset({ name: "" });
      onDone?.();
      return router.refresh();
    }
    setMessage(applyServerErrors(res, setError));
  });
  const fieldId = id ? `rename-${id}` : "new-list-name";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid={id ? `rename-form-${id}` : "new-list-form"}
      className="space-y-1"
    >
      <div className="flex items-end gap-2">
        <label className="text-sm" htmlFor={fieldId}>
          <span className="block font-medium">{t(id ? "shop.lists.newName" : "shop.lists.name")}</span>
          <input id={fieldId} {...register("name")} className={inputClass} aria-invalid={!!error} />
        </label>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t(id ? "shop.lists.rename" : "shop.lists.create")}
        </Button>
        {onDone && (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("shop.lists.cancel")}
          </Button>
        )}
      </div>
      {error && (
        <p className="text-sm text-red-700" data-testid="name-error">
          {error}
        </p>
      )}
    </form>
  );
}
