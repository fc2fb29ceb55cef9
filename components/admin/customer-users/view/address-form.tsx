"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { AddressFields } from "@/components/shared/address-fields";
import { Button } from "@/components/ui/button";
import { useModal } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  addressSchema,
  emptyAddress,
  type AddressInput,
  type AddressValues,
} from "@/lib/customer-users/address-schema";
import { addAddressAction } from "@/lib/customer-users/address-staff-actions";

/** A new address of one customer user: a page of its own, or the view page's dialog. */
export function AddressForm({ customerUserId }: { customerUserId: string }) {
  const t = useTranslations();
  const hydrated = useHydrated();
  const router = useRouter();
  const modal = useModal();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<
    AddressInput,
    unknown,
    AddressValues
  >({
    resolver: zodResolver(addressSchema(t)),
    defaultValues: emptyAddress(),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const res = await addAddressAction({ customerUserId, address: getValues() });
    if (res.ok) {
      reset(emptyAddress());
      modal?.close();
      router.push(`/admin/customer-users/${customerUserId}?notice=address-created`);
      return;
    }
    setFormError(applyServerErrors(res, setError, { within: "address" }));
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      data-testid="address-form"
      className="max-w-2xl space-y-4 rounded-lg bg-white p-6 shadow"
    >
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <AddressFields register={register} errors={errors} idPrefix="address-" labels="customerUserView.address" />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("customerUserView.address.create")}
      </Button>
    </form>
  );
}
