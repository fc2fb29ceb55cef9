import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";
import { passwordProblems } from "@/lib/identity/password-policy";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";

const id = z.string().min(1).max(64);
const name = (t: Translate) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(100, { error: t("errors.tooLong", { max: 100 }) });

/**
 * A colleague as a customer administrator creates or edits them on the storefront: names, e-mail,
 * the company (theirs or a subsidiary), roles, and on create the password, typed or generated.
 * At least one role when enabled, as in the back office.
 */
export function accountUserFormSchema(t: Translate, mode: "create" | "edit") {
  return z
    .object({
      enabled: z.boolean(),
      firstName: name(t),
      lastName: name(t),
      email: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, { error: t("errors.emailRequired") })
        .max(254, { error: t("errors.tooLong", { max: 254 }) })
        .pipe(z.email({ error: t("errors.emailInvalid") })),
      companyId: id,
      roleIds: z.array(id).max(50),
      generatePassword: z.boolean(),
      password: z.string().max(1024),
      repeatPassword: z.string().max(1024),
      sendWelcomeEmail: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (v.enabled && v.roleIds.length === 0) issue("roleIds", t("errors.roleRequiredWhenEnabled"));
      if (mode === "edit" || v.generatePassword) return;
      if (!v.password) return issue("password", t("errors.passwordRequired"));
      for (const problem of passwordProblems(v.password, CUSTOMER_PASSWORD_POLICY, v.email)) {
        issue("password", t(`errors.password.${problem}`, { min: CUSTOMER_PASSWORD_POLICY.minLength }));
      }
      if (v.password !== v.repeatPassword) issue("repeatPassword", t("errors.passwordMismatch"));
    });
}

export type AccountUserFormInput = z.input<ReturnType<typeof accountUserFormSchema>>;
export type AccountUserFormValues = z.output<ReturnType<typeof accountUserFormSchema>>;

export const createAccountUserSchema = (t: Translate) => accountUserFormSchema(t, "create");
export const updateAccountUserSchema = (t: Translate) => z.object({ id, values: accountUserFormSchema(t, "edit") });
export const setAccountUserEnabledSchema = () => z.object({ id, enabled: z.boolean() });
export const deleteAccountUserSchema = () => z.object({ id });
