"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { type ActionResult } from "@/lib/actions/result";
import { publicShopForm } from "@/lib/actions/shop-action";
import { clientIp } from "@/lib/identity/client-ip";
import { shopActor } from "@/lib/identity/impersonated-session";
import { safeNext } from "@/lib/identity/safe-next";
import { revokeSignedOutSession } from "@/lib/identity/session-store";
import { CUSTOMER_PROVIDER_ID, signIn, signOut } from "@/lib/identity/shop-auth";
import { currentCustomer } from "@/lib/identity/shop-session";
import { endImpersonation } from "@/lib/impersonation/service";
import { confirmRegistration, registerCustomer } from "@/lib/shop-account/registration";
import { currentWebsite } from "@/lib/websites/website";

import { customerLoginSchema, registrationSchema } from "./schema";

const REFUSALS = new Set(["locked", "throttled", "unconfirmed", "disabled", "passwordReset"]);

/**
 * Public by nature: the credentials provider checks the website, the address and account limits and
 * the account's state, records the attempt, and answers alike for an unknown e-mail and a wrong password.
 */
export async function customerLoginAction(raw: unknown): Promise<ActionResult> {
  return publicShopForm(customerLoginSchema, raw, async ({ input, t }) => {
    try {
      await signIn(CUSTOMER_PROVIDER_ID, {
        email: input.email,
        password: input.password,
        redirectTo: safeNext(input.next),
      });
    } catch (e) {
      if (!(e instanceof AuthError)) throw e; // NEXT_REDIRECT must propagate
      const code = (e as { code?: string }).code ?? "";
      return { ok: false, message: t(`shop.login.${REFUSALS.has(code) ? code : "invalid"}`) };
    }
    return { ok: true };
  });
}

/**
 * Ends the caller's own storefront session, whoever they are; the back-office session is untouched.
 * The session row (or the impersonation) ends before the cookie is cleared, so a copy of the cookie
 * taken before is signed out too.
 */
export async function customerLogoutAction(): Promise<void> {
  // a staff member leaving an impersonated tab ends that session for good, not just this cookie
  const customer = await currentCustomer({ allowPreview: true });
  const impersonation = customer?.impersonation;
  if (impersonation)
    await endImpersonation(impersonation.sessionId, "LOGGED_OUT", {
      actor: shopActor(customer, clientIp(await headers())),
    });
  else if (customer) await revokeSignedOutSession({ customerUserId: customer.id }, customer.sessionId);
  await signOut({ redirectTo: impersonation ? "/?notice=assistance-ended" : "/?notice=signed-out" });
}

/** Public: anyone may register a company on this website; the account stays unusable until confirmed. */
export async function registerAction(raw: unknown): Promise<ActionResult> {
  const result = await publicShopForm(registrationSchema, raw, async ({ input, ip }) => {
    const website = await currentWebsite();
    await registerCustomer(website.id, input, ip);
    return { ok: true };
  });
  if (result.ok) redirect("/login?notice=registered");
  return result;
}

/** Public: the confirmation link's token is the credential, single-use and stored hashed. */
export async function confirmRegistrationAction(raw: unknown): Promise<ActionResult> {
  const token = typeof (raw as { token?: unknown })?.token === "string" ? (raw as { token: string }).token : "";
  const { ok } = await confirmRegistration(token);
  if (ok) redirect("/login?notice=confirmed");
  return { ok: false, message: (await getTranslations("shop.confirm"))("invalid") };
}
