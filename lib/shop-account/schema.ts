import { z } from "zod";

import { birthdayField, phoneField } from "@/lib/contact-fields";
import type { Translate } from "@/lib/i18n/translate";
import { passwordProblems } from "@/lib/identity/password-policy";
import { CUSTOMER_PASSWORD_POLICY } from "@/lib/identity/shop-password-policy";

import { customerEmail as email } from "./login-schema";

export { customerLoginSchema } from "./login-schema";

const name = (t: Translate, max = 100) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(max, { error: t("errors.tooLong", { max }) });
/** A new password under the storefront policy, typed twice; `emailOf` lets the policy refuse the e-mail's name. */
function checkNewPassword(
  t: Translate,
  v: { password: string; repeatPassword: string },
  ctx: z.RefinementCtx,
  emailValue?: string,
) {
  for (const problem of passwordProblems(v.password, CUSTOMER_PASSWORD_POLICY, emailValue)) {
    ctx.addIssue({
      code: "custom",
      path: ["password"],
      message: t(`errors.password.${problem}`, { min: CUSTOMER_PASSWORD_POLICY.minLength }),
    });
  }
  if (v.password !== v.repeatPassword)
    ctx.addIssue({ code: "custom", path: ["repeatPassword"], message: t("errors.passwordMismatch") });
}

/** `mandatory`: the consents the form shows as required, so a missing tick is refused before sending; the server checks again. */
export function registrationSchema(t: Translate, mandatory: string[] = []) {
  return z
    .object({
      firstName: name(t),
      lastName: name(t),
      email: email(t),
      password: z
        .string()
        .min(1, { error: t("errors.passwordRequired") })
        .max(1024),
      repeatPassword: z.string().max(1024),
      companyName: name(t, 200),
      consents: z.array(z.string().min(1).max(64)).max(100).default([]),
    })
    .superRefine((v, ctx) => {
      checkNewPassword(t, v, ctx, v.email);
      if (mandatory.some((id) => !v.consents.includes(id)))
        ctx.addIssue({ code: "custom", path: ["consents"], message: t("errors.consentRequired") });
    });
}
export type RegistrationInput = z.input<ReturnType<typeof registrationSchema>>;
export type RegistrationValues = z.output<ReturnType<typeof registrationSchema>>;

/** The profile a customer user keeps up themselves; the localization must be one of their website's. */
export function profileSchema(t: Translate) {
  return z.object({
    firstName: name(t),
    lastName: name(t),
    phone: phoneField(t),
    birthday: birthdayField(t).transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
    preferredLocale: z
      .string()
      .trim()
      .max(20)
      .transform((v) => v || null),
  });
}
export type ProfileInput = z.input<ReturnType<typeof profileSchema>>;
export type ProfileValues = z.output<ReturnType<typeof profileSchema>>;

export function changePasswordSchema(t: Translate) {
  return z
    .object({
      currentPassword: z
        .string()
        .min(1, { error: t("errors.passwordRequired") })
        .max(1024),
      password: z
        .string()
        .min(1, { error: t("errors.passwordRequired") })
        .max(1024),
      repeatPassword: z.string().max(1024),
    })
    .superRefine((v, ctx) => checkNewPassword(t, v, ctx));
}
export type ChangePasswordInput = z.input<ReturnType<typeof changePasswordSchema>>;

/** A new sign-in e-mail address, with the current password as proof that the owner asks. */
export function changeEmailSchema(t: Translate) {
  return z.object({
    email: email(t),
    currentPassword: z
      .string()
      .min(1, { error: t("errors.passwordRequired") })
      .max(1024),
  });
}
export type ChangeEmailInput = z.input<ReturnType<typeof changeEmailSchema>>;

/** "Forgot password": only the e-mail; the answer is the same whether it is known or not. */
export const forgotPasswordSchema = (t: Translate) => z.object({ email: email(t) });
export type ForgotPasswordInput = z.input<ReturnType<typeof forgotPasswordSchema>>;

/** A new password through a reset link; the link's token comes along as a hidden value. */
export function resetPasswordSchema(t: Translate) {
  return z
    .object({
      token: z.string().max(200),
      password: z
        .string()
        .min(1, { error: t("errors.passwordRequired") })
        .max(1024),
      repeatPassword: z.string().max(1024),
    })
    .superRefine((v, ctx) => checkNewPassword(t, v, ctx));
}
export type ResetPasswordInput = z.input<ReturnType<typeof resetPasswordSchema>>;
