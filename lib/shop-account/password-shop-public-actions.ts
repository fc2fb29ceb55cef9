"use server";

import { redirect } from "next/navigation";

import { type ActionResult } from "@/lib/actions/result";
import { publicShopForm } from "@/lib/actions/shop-action";
import { requestPasswordReset, resetPasswordWithToken } from "@/lib/customer-users/password-reset";
import { currentWebsite } from "@/lib/websites/website";

import { forgotPasswordSchema, resetPasswordSchema } from "./schema";

/** Public: anyone may ask for a reset link; the answer never tells whether the e-mail has an account. */
export async function forgotPasswordAction(raw: unknown): Promise<ActionResult> {
  const result = await publicShopForm(forgotPasswordSchema, raw, async ({ input, ip }) => {
    const website = await currentWebsite();
    await requestPasswordReset(website.id, input.email, ip);
    return { ok: true };
  });
  if (result.ok) redirect("/login?notice=reset-requested");
  return result;
}

/** Public: the single-use token from the e-mail is the credential; the new password obeys the policy. */
export async function resetPasswordAction(raw: unknown): Promise<ActionResult> {
  const result = await publicShopForm(resetPasswordSchema, raw, async ({ input, ip }) => {
    await resetPasswordWithToken(input.token, input.password, ip);
    return { ok: true };
  });
  if (result.ok) redirect("/login?notice=password-reset");
  return result;
}
