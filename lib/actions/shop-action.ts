import "server-only";

import { getTranslations } from "next-intl/server";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import type { Actor } from "@/lib/audit/record";
import { unitOfWork } from "@/lib/db";
import { unstorableInputPath } from "@/lib/http/request-guard";
import type { Translate } from "@/lib/i18n/translate";
import { clientIp } from "@/lib/identity/client-ip";
import { assertAllowedWhileImpersonated, auditImpersonatedWrite, shopActor } from "@/lib/identity/impersonated-session";
import { CHANGE_PASSWORD_PATH, currentCustomer, type CustomerSession } from "@/lib/identity/shop-session";

import { refusal } from "./refusal";
import type { ActionResult, FieldErrors } from "./result";

/** Marks a storefront action that only a signed-in customer user reaches (tests/guards.integration.test.ts checks it). */
export const CUSTOMER_GUARD = Symbol.for("concierge.customer-guard");
export type CustomerGuarded = { [CUSTOMER_GUARD]: "signed-in-customer" };

type Ctx<I> = { customer: CustomerSession; actor: Actor; input: I; t: Translate; ip: string };

/** Parses with the shared schema; a failure comes back as the form's translated field errors. */
export async function parseForm<S extends z.ZodType>(schema: (t: Translate) => S, raw: unknown) {
  const t = (await getTranslations()) as unknown as Translate;
  const unstorable = unstorableInputPath(raw);
  if (unstorable !== null)
    return {
      t,
      result: {
        ok: false,
        message: t("errors.form"),
        fieldErrors: { [unstorable]: [t("errors.unstorableText")] },
      } as ActionResult<never>,
    };
  const parsed = schema(t).safeParse(raw);
  if (parsed.success) return { t, data: parsed.data as z.output<S> };
  const result: ActionResult<never> = {
    ok: false,
    message: t("errors.form"),
    fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
  };
  return { t, result };
}

/**
 * The one way into a storefront action on one's own account: authenticate (the storefront session,
 * re-checked against the database; signed out means the sign-in page) -> parse -> the handler, which
 * acts only on `customer.id`, scopes every write to it and records it as `actor`. No input ever
 * names the acting user. A staff member acting as the customer runs the handler in one transaction
 * with the audit entry of the action, so the write and its record commit together or not at all.
 */
export function shopAction<S extends z.ZodType, T = undefined>(
  name: string,
  schema: (t: Translate) => S,
  handler: (ctx: Ctx<z.output<S>>) => Promise<ActionResult<T>>,
  opts: { allowExpiredPassword?: boolean; notWhileImpersonated?: boolean } = {},
): ((raw: unknown) => Promise<ActionResult<T>>) & CustomerGuarded {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    // a preview is refused by assertAllowedWhileImpersonated below, with the reason, rather than redirected
    const customer = await currentCustomer({ allowPreview: true });
    if (!customer) redirect("/login");
    // an expired password allows nothing but choosing a new one
    if (customer.passwordExpired && !opts.allowExpiredPassword) redirect(CHANGE_PASSWORD_PATH);
    const form = await parseForm(schema, raw);
    if (form.result) return form.result;
    const ip = clientIp(await headers());
    const ctx = { customer, actor: shopActor(customer, ip), input: form.data, t: form.t, ip };
    try {
      assertAllowedWhileImpersonated(customer, opts.notWhileImpersonated);
      if (!customer.impersonation) return await handler(ctx);
      const outcome = await unitOfWork(async (tx) => {
        try {
          const result = await handler(ctx);
          if (result.ok) await auditImpersonatedWrite(tx, customer, name, form.data, ip);
          return { result };
        } catch (e) {
          // a handler that ends in a redirect has succeeded: its writes and their record commit before it is followed
          if (!isRedirectError(e)) throw e;
          await auditImpersonatedWrite(tx, customer, name, form.data, ip);
          return { redirect: e };
        }
      });
      if ("redirect" in outcome) throw outcome.redirect;
      return outcome.result;
    } catch (e) {
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
