"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type FieldError } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { emptyAddress } from "@/lib/customer-users/address-schema";
import type { CustomerUserForm } from "./types";

const TEXT_FIELDS = ["label", "organization", "firstName", "lastName", "street", "street2", "city", "postalCode", "region", "country", "phone"] as const;
const FLAGS = ["billing", "shipping", "defaultBilling", "defaultShipping"] as const;

/** The user's address book: any number of billing and shipping addresses, one default of each kind. */
export function AddressFields({ form }: { form: CustomerUserForm }) {
  const t = useTranslations("customerUsers.address");
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "addresses", keyName: "key" });

  return (
    <div className="space-y-4">
      {fields.map((field, i) => {
        const rowErrors = (errors.addresses?.[i] ?? {}) as Partial<Record<string, FieldError>>;
        return (
          <div key={field.key} className="rounded-md border border-slate-200 p-4" data-testid="address-row">
            <div className="grid grid-cols-2 gap-4">
              {TEXT_FIELDS.map((name) => {
                const id = `addresses.${i}.${name}`;
                const error = rowErrors[name]?.message;
                return (
                  <Field key={name} id={id} label={t(name)} error={error}>
                    <input id={id} type="text" autoComplete="off" {...register(`addresses.${i}.${name}`)} className={inputClass}
                      aria-invalid={!!error} aria-describedby={describedBy(id, false, !!error)} />
                  </Field>
                );
              })}
            </div>
            <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
              {FLAGS.map((name) => (
                <label key={name} className="flex items-center gap-2">
                  <input type="checkbox" {...register(`addresses.${i}.${name}`)} />
                  {t(name)}
                </label>
              ))}
            </div>
            {FLAGS.map((name) => rowErrors[name]?.message && (
              <p key={name} data-testid={`addresses.${i}.${name}-error`} className="mt-1 text-sm text-red-700">{rowErrors[name]?.message}</p>
            ))}
            <Button type="button" variant="link" className="mt-3" onClick={() => remove(i)}>{t("remove")}</Button>
          </div>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => append(emptyAddress())}>{t("add")}</Button>
    </div>
  );
}
