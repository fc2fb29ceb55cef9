import { z } from "zod";

import { localeSchema, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { passwordProblems, type PasswordPolicy } from "@/lib/identity/password-policy";

export const STAFF_STATUSES = ["ACTIVE", "DEACTIVATED", "DELETED"] as const;
export type StaffStatusValue = (typeof STAFF_STATUSES)[number];

export { loginSchema } from "@/lib/identity/sign-in-schema";

export const makeLoginSchema = (t: Translate) =>
  z.object({
    email: z
      .string()
      .trim()
      .min(1, { error: t("errors.emailRequired") })
      .pipe(z.email({ error: t("errors.emailInvalid") })),
    password: z.string().min(1, { error: t("errors.passwordRequired") }),
  });

const name = (t: Translate) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(100, { error: t("errors.tooLong", { max: 100 }) });

/** The user form, for both create and edit: on edit the password is optional and status is offered. */
export function userFormSchema(
  t: Translate,
  policy: PasswordPolicy,
  mode: "create" | "edit",
  locales: readonly Locale[],
) {
  return z
    .object({
      email: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, { error: t("errors.emailRequired") })
        .max(254, { error: t("errors.tooLong", { max: 254 }) })
        .pipe(z.email({ error: t("errors.emailInvalid") })),
      password: z.string().max(1024).default(""),
      repeatPassword: z.string().max(1024).default(""),
      firstName: name(t),
      lastName: name(t),
      groupIds: z.array(z.string().max(64)).max(100).default([]),
      isAgent: z.boolean().default(false),
      locale: localeSchema(t, locales),
      status:
        mode === "edit"
          ? z.enum(STAFF_STATUSES, { error: t("errors.required") })
          : z.literal("ACTIVE").default("ACTIVE"),
    })
    .superRefine((v, ctx) => {
      if (mode === "create" && !v.password) {
        ctx.addIssue({ code: "custom", path: ["password"], message: t("errors.passwordRequired") });
        return;
      }
      if (!v.password) return;
      for (const problem of passwordProblems(v.password, policy, v.email)) {
        ctx.addIssue({
          code: "custom",
          path: ["password"],
          message: t(`errors.password.${problem}`, { min: policy.minLength }),
        });
      }
      if (v.password !== v.repeatPassword) {
        ctx.addIssue({ code: "custom", path: ["repeatPassword"], message: t("errors.passwordMismatch") });
      }
    });
}

export type UserFormInput = z.input<ReturnType<typeof userFormSchema>>;
export type UserFormValues = z.output<ReturnType<typeof userFormSchema>>;

export const idSchema = z.string().min(1).max(64);

export const userIdSchema = () => z.object({ id: idSchema });
export const userStatusSchema = () => z.object({ id: idSchema, status: z.enum(["ACTIVE", "DEACTIVATED"]) });
export const updateUserSchema = (t: Translate, policy: PasswordPolicy, locales: readonly Locale[]) =>
  z.object({ id: idSchema, values: userFormSchema(t, policy, "edit", locales) });
