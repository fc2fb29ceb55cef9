import type { PasswordPolicy } from "@/lib/identity/password-policy";

/** The storefront's password rules until the store's own policy settings take over. */
export const CUSTOMER_PASSWORD_POLICY: PasswordPolicy = { minLength: 8 };

/** Where a customer user changes their password; an expired password sends them here first. */
export const CHANGE_PASSWORD_PATH = "/account/password";
