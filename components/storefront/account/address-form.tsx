"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { AddressFields } from "@/components/shared/address-fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  addressSchema,
  emptyAddress,
  type AddressInput,
  type AddressValues,
} from "@/lib/customer-users/address-schema";
import { addOwnAddressAction, updateOwnAddressAction } from "@/lib/shop-account/address-shop-actions";

/** Adds an address to the signed-in customer's own book, or edits one of theirs (`id`). */
export function OwnAddressForm({
  id,
  defaults,
  onDone,
}: {
  id?: string;
  defaults?: AddressInput;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<
    AddressInput,
    unknown,
    AddressValues
  >({
    resolver: zodResolver(addressSchema(t)),
    defaultValues: defaults ?? emptyAddress(),
  });
  const errors = formState.errors;
  const prefix = id ? `edit-${id}` : "new";

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const address = getValues();
    const res = id ? await updateOwnAddressAction({ id, address }) : await addOwnAddressAction({ address });
    if (res.ok) {
      if (!id) reset(emptyAddress());
      onDone?.();
      router.refresh();
      return;
    }
    setFormError(applyServerErrors(res, setError, { within: "address" }));
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid={`address-form-${prefix}`}
      className="space-y-4 rounded-lg border border-slate-200 p-4"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <AddressFields
        register={register}
        errors={errors}
        idPrefix={`${prefix}-`}
        labels="shop.account.addresses.fields"
        autoFill
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("shop.account.addresses.save")}
        </Button>
        {onDone && (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("shop.account.addresses.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
