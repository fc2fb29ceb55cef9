import { z } from "zod";

import { birthdayField, phoneField } from "@/lib/contact-fields";
import type { Translate } from "@/lib/i18n/translate";
import { passwordProblems } from "@/lib/identity/password-policy";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";

import { addressSchema } from "./address-schema";

const idSchema = z.string().min(1).max(64);
/** An optional reference as a form sends it: "" means none. */
const optionalId = z
  .string()
  .max(64)
  .transform((v) => v || null);
const optionalText = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: t("errors.tooLong", { max }) })
    .transform((v) => v || null);
const name = (t: Translate) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(100, { error: t("errors.tooLong", { max: 100 }) });

/**
 * The customer user form for create and edit, as Oro lays it out. The company is picked through a
 * search field, or created on the spot below a parent. The password part exists on create only:
 * generated, or typed twice under the storefront's policy. Roles: at least one when enabled.
 */
export function customerUserFormSchema(t: Translate, mode: "create" | "edit") {
  return z
    .object({
      enabled: z.boolean(),
      namePrefix: optionalText(t, 30),
      firstName: name(t),
      middleName: optionalText(t, 100),
      lastName: name(t),
      nameSuffix: optionalText(t, 30),
      email: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, { error: t("errors.emailRequired") })
        .max(254, { error: t("errors.tooLong", { max: 254 }) })
        .pipe(z.email({ error: t("errors.emailInvalid") })),
      birthday: birthdayField(t),
      phone: phoneField(t),
      companyMode: z.enum(["existing", "new"]),
      companyId: optionalId,
      newCompanyName: optionalText(t, 200),
      newCompanyParentId: optionalId,
      salesRepId: optionalId,
      websiteId: z
        .string()
        .min(1, { error: t("errors.required") })
        .max(64),
      preferredLocalizationId: optionalId,
      roleIds: z.array(idSchema).max(50),
      addresses: z.array(addressSchema(t)).max(20, { error: t("errors.tooManyAddresses", { max: 20 }) }),
      generatePassword: z.boolean(),
      password: z.string().max(1024),
      repeatPassword: z.string().max(1024),
      sendWelcomeEmail: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (v.companyMode === "existing" && !v.companyId) issue("companyId", t("errors.companyRequired"));
      if (v.companyMode === "new" && !v.newCompanyName) issue("newCompanyName", t("errors.required"));
      if (v.enabled && v.roleIds.length === 0) issue("roleIds", t("errors.roleRequiredWhenEnabled"));
      if (mode === "edit" || v.generatePassword) return;
      if (!v.password) return issue("password", t("errors.passwordRequired"));
      for (const problem of passwordProblems(v.password, CUSTOMER_PASSWORD_POLICY, v.email)) {
        issue("password", t(`errors.password.${problem}`, { min: CUSTOMER_PASSWORD_POLICY.minLength }));
      }
      if (v.password !== v.repeatPassword) issue("repeatPassword", t("errors.passwordMismatch"));
    });
}

export type CustomerUserFormInput = z.input<ReturnType<typeof customerUserFormSchema>>;
export type CustomerUserFormValues = z.output<ReturnType<typeof customerUserFormSchema>>;

export const createCustomerUserSchema = (t: Translate) => customerUserFormSchema(t, "create");
export const updateCustomerUserSchema = (t: Translate) =>
  z.object({ id: idSchema, values: customerUserFormSchema(t, "edit") });
export const setEnabledSchema = () => z.object({ id: idSchema, enabled: z.boolean() });
export const deleteCustomerUserSchema = () => z.object({ id: idSchema });
export const unlockCustomerUserSchema = () => z.object({ id: idSchema });
/** Typeaheads of the form: a few letters of a name. */
export const searchSchema = () => z.object({ q: z.string().trim().max(200) });
export const companyRolesSchema = () => z.object({ companyId: z.string().max(64) });
