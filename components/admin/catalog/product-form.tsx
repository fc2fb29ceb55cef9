"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Image from "next/image";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { productFormSchema, type ProductFormInput, type ProductFormValues } from "@/lib/catalog/schema";
import { createProductAction, updateProductAction } from "@/lib/catalog/staff-actions";
import { formatMinorUnits } from "@/lib/money/money";

type Option = { id: string; name: string };

export function ProductForm({
  productId,
  imagePath,
  defaults,
  customerGroups,
}: {
  productId?: string;
  imagePath?: string | null;
  defaults: ProductFormInput;
  customerGroups: Option[];
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const image = useRef<HTMLInputElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ProductFormInput, unknown, ProductFormValues>({
    resolver: zodResolver(productFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (parsed) => {
    setFormError(null);
    setImageError(null);
    // the action parses the amount again, so it travels in the decimal form it was typed in
    const values = { ...parsed, basePrice: formatMinorUnits(parsed.basePrice) };
    const file = image.current?.files?.[0] ?? null;
    const res = productId
      ? await updateProductAction({ id: productId, values, image: file })
      : await createProductAction({ values, image: file });
    if (res.ok) return;
    // the image is no field of the form's values: its error is kept beside the file input
    setImageError(res.fieldErrors?.image?.[0] ?? null);
    setFormError(applyServerErrors(res, setError));
  });

  const input = (name: "sku" | "name" | "basePrice", hint?: string) => (
    <Field id={name} label={t(`products.form.${name}`)} hint={hint} error={errors[name]?.message}>
      <input
        id={name}
        type="text"
        autoComplete="off"
        {...register(name)}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={describedBy(name, !!hint, !!errors[name])}
      />
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-2xl space-y-5 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      {input("sku")}
      {input("name")}
      <Field
        id="description"
        label={t("products.form.description")}
        hint={t("products.form.markdownHint")}
        error={errors.description?.message}
      >
        <textarea
          id="description"
          rows={6}
          {...register("description")}
          className={inputClass}
          aria-describedby={describedBy("description", true, !!errors.description)}
        />
      </Field>
      {input("basePrice", t("products.form.basePriceHint"))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} />
        {t("products.form.active")}
      </label>
      <fieldset>
        <legend className="text-sm font-medium">{t("products.form.visibleGroups")}</legend>
        <p className="text-xs text-slate-600">{t("products.form.visibleGroupsHint")}</p>
        {customerGroups.map((g) => (
          <label key={g.id} className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" value={g.id} {...register("visibleGroupIds")} />
            {g.name}
          </label>
        ))}
      </fieldset>
      <Field
        id="image"
        label={t("products.form.image")}
        hint={t("products.form.imageHint")}
        error={imageError ?? undefined}
      >
        {imagePath && (
          <Image
            src={imagePath}
            alt=""
            width={96}
            height={96}
            unoptimized
            className="my-2 rounded border"
            data-testid="current-image"
          />
        )}
        <input
          id="image"
          ref={image}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          className="mt-1 block text-sm"
          aria-describedby={describedBy("image", true, !!imageError)}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t(productId ? "products.form.update" : "products.form.create")}
      </Button>
    </form>
  );
}
