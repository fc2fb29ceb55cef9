import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { unstorableInputPath } from "@/lib/http/request-guard";
import type { Translate } from "@/lib/i18n/translate";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { assertAllowedWhileImpersonated, auditImpersonatedWrite } from "@/lib/impersonation/storefront";
import { clientIp } from "@/lib/identity/client-ip";
import { CHANGE_PASSWORD_PATH, currentCustomer, type CustomerSession } from "@/lib/identity/shop-session";
import { refusal, type ActionResult, type FieldErrors } from "@/lib/actions/result";

/** Marks a storefront action that only a signed-in customer user reaches (tests/guards.integration.test.ts checks it). */
export const CUSTOMER_GUARD = Symbol.for("concierge.customer-guard");
export type CustomerGuarded = { [CUSTOMER_GUARD]: "signed-in-customer" };

type Ctx<I> = { customer: CustomerSession; input: I; t: Translate; ip: string };

/** Parses with the shared schema; a failure comes back as the form's translated field errors. */
export async function parseForm<S extends z.ZodType>(schema: (t: Translate) => S, raw: unknown) {
  const t = (await getTranslations()) as unknown as Translate;
  const unstorable = unstorableInputPath(raw);
  if (unstorable !== null) return { t, result: { ok: false, message: t("errors.form"), fieldErrors: { [unstorable]: [t("errors.unstorableText")] } } as ActionResult<never> };
  const parsed = schema(t).safeParse(raw);
  if (parsed.success) return { t, data: parsed.data as z.output<S> };
  const result: ActionResult<never> = { ok: false, message: t("errors.form"), fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  return { t, result };
}

/**
 * The one way into a storefront action on one's own account: parse -> authenticate (the storefront
 * session, re-checked against the database) -> the handler, which acts only on `customer.id` and
 * scopes every write to it. Signed out means the sign-in page. No input ever names the acting user.
 */
export function shopAction<S extends z.ZodType, T = undefined>(
  name: string,
  schema: (t: Translate) => S,
  handler: (ctx: Ctx<z.output<S>>) => Promise<ActionResult<T>>,
  opts: { allowExpiredPassword?: boolean; notWhileImpersonated?: boolean } = {},
): ((raw: unknown) => Promise<ActionResult<T>>) & CustomerGuarded {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    const form = await parseForm(schema, raw);
    if (form.result) return form.result;
    // a preview is refused by assertAllowedWhileImpersonated below, with the reason, rather than redirected
    const customer = await currentCustomer({ allowPreview: true });
    if (!customer) redirect("/login");
    // an expired password allows nothing but choosing a new one
    if (customer.passwordExpired && !opts.allowExpiredPassword) redirect(CHANGE_PASSWORD_PATH);
    const ip = clientIp(await headers());
    try {
      assertAllowedWhileImpersonated(customer, opts.notWhileImpersonated);
      const result = await handler({ customer, input: form.data, t: form.t, ip });
      if (result.ok) await auditImpersonatedWrite(customer, name, form.data, ip);
      return result;
    } catch (e) {
      // a handler that ends in a redirect has succeeded too
      if (isRedirectError(e)) await auditImpersonatedWrite(customer, name, form.data, ip);
      return refusal(form.t, e);
    }
  };
  return Object.assign(action, { [CUSTOMER_GUARD]: "signed-in-customer" as const });
}

/** For the public storefront forms (registration): the same parse and refusal handling, no session. */
export async function publicShopForm<S extends z.ZodType, T = undefined>(
  schema: (t: Translate) => S,
  raw: unknown,
  handler: (ctx: { input: z.output<S>; t: Translate; ip: string }) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const form = await parseForm(schema, raw);
  if (form.result) return form.result;
  try {
    return await handler({ input: form.data, t: form.t, ip: clientIp(await headers()) });
  } catch (e) {
    return refusal(form.t, e);
  }
}
