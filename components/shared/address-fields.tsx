"use client";

import { getCountries } from "libphonenumber-js/min";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { describedBy, Field, inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { AddressInput } from "@/lib/customer-users/address-schema";

export type AddressField = Exclude<keyof AddressInput, "id">;
const TEXT_FIELDS = [
  "label",
  "organization",
  "firstName",
  "lastName",
  "street",
  "street2",
  "postalCode",
  "city",
  "region",
  "country",
  "phone",
] as const satisfies readonly AddressField[];
const FLAGS = ["billing", "shipping", "defaultBilling", "defaultShipping"] as const satisfies readonly AddressField[];
type TextField = (typeof TEXT_FIELDS)[number];

/** What the browser may fill in on a customer's own address; the back office types someone else's. */
const AUTOCOMPLETE: Record<TextField, string> = {
  label: "off",
  organization: "organization",
  firstName: "given-name",
  lastName: "family-name",
  street: "address-line1",
  street2: "address-line2",
  postalCode: "postal-code",
  city: "address-level2",
  region: "address-level1",
  country: "country",
  phone: "tel",
};

/** The message namespace each realm words its address fields in (the labels are the ones its users know). */
export type AddressLabels = "customerUsers.address" | "customerUserView.address" | "shop.account.addresses.fields";

type Props = {
  /** registers one field of the address, wherever the form keeps it (`addresses.2.city`, `city`) */
  register: (name: AddressField) => UseFormRegisterReturn;
  errors?: Partial<Record<AddressField, { message?: string }>>;
  /** put before every field name for the ids and error test ids: "new-" gives `new-city`, `new-city-error` */
  idPrefix: string;
  labels: AddressLabels;
  /** a person's own address: let the browser offer what it knows */
  autoFill?: boolean;
};

/**
 * The inputs of one address, the same in the back office and the storefront: text fields, each
 * with its error below it, then the billing / shipping kinds and defaults, each checkbox with its
 * own error. The country is the two-letter code the schema checks, typed or picked from the
 * countries named in the reader's language; the phone is a `tel` input,
 * which the schema reads as dialled in that country (lib/contact-fields.ts) and stores in E.164;
 * a form edits a stored phone as `formatPhone` shows it.
 */
export function AddressFields({ register, errors = {}, idPrefix, labels, autoFill = false }: Props) {
  const t = useTranslations(labels);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((name) => {
          const id = `${idPrefix}${name}`;
          const error = errors[name]?.message;
          return (
            <Field key={name} id={id} label={t(name)} error={error}>
              <input
                id={id}
                type={name === "phone" ? "tel" : "text"}
                autoComplete={autoFill ? AUTOCOMPLETE[name] : "off"}
                {...register(name)}
                list={name === "country" ? `${id}-options` : undefined}
                className={inputClass}
                aria-invalid={!!error}
                aria-describedby={describedBy(id, false, !!error)}
              />
              {name === "country" && <CountryOptions id={`${id}-options`} />}
            </Field>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {FLAGS.map((name) => {
          const id = `${idPrefix}${name}`;
          const error = errors[name]?.message;
          return (
            <div key={name}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  id={id}
                  type="checkbox"
                  {...register(name)}
                  aria-invalid={!!error}
                  aria-describedby={describedBy(id, false, !!error)}
                />
                {t(name)}
              </label>
              {error && (
                <p id={`${id}-error`} data-testid={`${id}-error`} className="mt-1 text-sm text-red-700">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}

/**
 * The countries to pick from, by code, named in the reader's language. Rendered once hydrated: the
 * server's and the browser's names of a country may differ.
 */
function CountryOptions({ id }: { id: string }) {
  const locale = useLocale();
  const hydrated = useHydrated();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  if (!hydrated) return null;
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </datalist>
  );
}
