import type { PasswordPolicy } from "@/lib/auth/password-policy";

/** The storefront's password rules until the store's own policy settings take over. */
export const CUSTOMER_PASSWORD_POLICY: PasswordPolicy = { minLength: 8 };
