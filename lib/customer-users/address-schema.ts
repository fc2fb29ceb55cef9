import { z } from "zod";

import { checkAddressPhone, toE164 } from "@/lib/contact-fields";
import type { Translate } from "@/lib/i18n/translate";

const optionalText = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: t("errors.tooLong", { max }) })
    .transform((v) => v || null);
const requiredText = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(max, { error: t("errors.tooLong", { max }) });

/**
 * One address of a customer user as the forms send it. An address is for billing, shipping or
 * both, and may be the default of a kind only if it is of that kind.
 */
export function addressSchema(t: Translate) {
  return (
    z
      .object({
        id: z.string().max(64).optional(),
        label: optionalText(t, 100),
        organization: optionalText(t, 200),
        firstName: optionalText(t, 100),
        lastName: optionalText(t, 100),
        street: requiredText(t, 200),
        street2: optionalText(t, 200),
        city: requiredText(t, 100),
        postalCode: requiredText(t, 20),
        region: optionalText(t, 100),
        country: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, { error: t("errors.country") }),
        phone: optionalText(t, 40),
        billing: z.boolean(),
        shipping: z.boolean(),
        defaultBilling: z.boolean(),
        defaultShipping: z.boolean(),
      })
      .superRefine((a, ctx) => {
        if (!a.billing && !a.shipping)
          ctx.addIssue({ code: "custom", path: ["billing"], message: t("errors.addressType") });
        if (a.defaultBilling && !a.billing)
          ctx.addIssue({ code: "custom", path: ["defaultBilling"], message: t("errors.defaultNeedsType") });
        if (a.defaultShipping && !a.shipping)
          ctx.addIssue({ code: "custom", path: ["defaultShipping"], message: t("errors.defaultNeedsType") });
        checkAddressPhone(t, a.phone, a.country, ctx);
      })
      // stored in E.164, as dialled from abroad
      .transform((a) => ({ ...a, phone: a.phone ? toE164(a.phone, a.country) : null }))
  );
}

export type AddressInput = z.input<ReturnType<typeof addressSchema>>;
export type AddressValues = z.output<ReturnType<typeof addressSchema>>;

export const emptyAddress = (): AddressInput => ({
  label: "",
  organization: "",
  firstName: "",
  lastName: "",
  street: "",
  street2: "",
  city: "",
  postalCode: "",
  region: "",
  country: "",
  phone: "",
  billing: true,
  shipping: true,
  defaultBilling: false,
  defaultShipping: false,
});

/** At most one default billing and one default shipping address: a later default wins over an earlier one. */
export function normalizeDefaults<A extends Pick<AddressValues, "defaultBilling" | "defaultShipping">>(
  addresses: A[],
): A[] {
  const lastBilling = addresses.findLastIndex((a) => a.defaultBilling);
  const lastShipping = addresses.findLastIndex((a) => a.defaultShipping);
  return addresses.map((a, i) => ({ ...a, defaultBilling: i === lastBilling, defaultShipping: i === lastShipping }));
}

/** The columns of an address row: the form's `id` only tells which row it is. */
export function withoutId<A extends { id?: string }>(a: A): Omit<A, "id"> {
  const copy = { ...a };
  delete copy.id;
  return copy;
}
