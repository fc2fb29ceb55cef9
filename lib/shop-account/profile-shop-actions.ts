"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { shopAction } from "@/lib/actions/shop-action";
import { CUSTOMER_PROVIDER_ID, signIn } from "@/lib/identity/shop-auth";

import { changeEmailSchema, changePasswordSchema, profileSchema } from "./schema";
import { changeOwnEmail, changeOwnPassword, updateProfile } from "./service";

export const updateProfileAction = shopAction("updateProfile", profileSchema, async ({ customer, actor, input }) => {
  await updateProfile(actor, customer, input);
  revalidatePath("/", "layout");
  return { ok: true };
});

/** Only the customer changes the address they sign in with: never a staff member signed in as them. */
export const changeEmailAction = shopAction(
  "changeEmail",
  changeEmailSchema,
  async ({ customer, actor, input }) => {
    await changeOwnEmail(actor, customer, input.currentPassword, input.email);
    redirect("/account?notice=email-changed");
  },
  { notWhileImpersonated: true },
);

/**
 * Every other session of the account ends with the new session version; this browser signs in
 * again with the new password at once, so the person who changed it stays signed in. The page is
 * loaded afresh, since this request still carries the old session's cookie.
 */
export const changePasswordAction = shopAction(
  "changePassword",
  changePasswordSchema,
  async ({ customer, actor, input }) => {
    await changeOwnPassword(actor, customer.id, input.currentPassword, input.password);
    await signIn(CUSTOMER_PROVIDER_ID, { email: customer.email, password: input.password, redirect: false });
    redirect("/account?notice=password-changed");
  },
  { allowExpiredPassword: true, notWhileImpersonated: true },
);
