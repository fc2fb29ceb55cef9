"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";

import { AddressFields, type AddressField } from "@/components/shared/address-fields";
import { Button } from "@/components/ui/button";
import { emptyAddress } from "@/lib/customer-users/address-schema";

import type { CustomerUserForm } from "./types";

/** The user's address book: any number of billing and shipping addresses, one default of each kind. */
export function AddressRows({ form }: { form: CustomerUserForm }) {
  const t = useTranslations("customerUsers.address");
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "addresses", keyName: "key" });

  return (
    <div className="space-y-4">
      {fields.map((field, i) => (
        <div key={field.key} className="space-y-3 rounded-md border border-slate-200 p-4" data-testid="address-row">
          <AddressFields
            register={(name: AddressField) => register(`addresses.${i}.${name}`)}
            errors={errors.addresses?.[i]}
            idPrefix={`addresses.${i}.`}
            labels="customerUsers.address"
          />
          <Button type="button" variant="link" onClick={() => remove(i)}>
            {t("remove")}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append(emptyAddress())}>
        {t("add")}
      </Button>
    </div>
  );
}
