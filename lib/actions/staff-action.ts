import "server-only";

import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import type { Permission } from "@/lib/acl/resources";
import type { Actor } from "@/lib/audit/record";
import { unstorableInputPath } from "@/lib/http/request-guard";
import type { Translate } from "@/lib/i18n/translate";
import { clientIp } from "@/lib/identity/client-ip";
import { currentStaff, type StaffSession } from "@/lib/identity/staff-session";

import { refusal } from "./refusal";
import type { ActionResult, FieldErrors } from "./result";

export const GUARD = Symbol.for("concierge.guard");
/** Every permission the action requires: its own first, then the view permissions of the data it returns. */
export const REQUIRES = Symbol.for("concierge.requires");
/** For actions on one's own account (e.g. interface language): signed in is enough, the handler scopes to `staff.id`. */
export const SIGNED_IN = "signed-in" as const;
export type Requirement = Permission | typeof SIGNED_IN;
export type Guarded = { [GUARD]: Requirement; [REQUIRES]: readonly Requirement[] };

/**
 * zod's flattened errors by top-level field, plus each nested issue under its dotted path
 * ("rules.2.area"), so a form with rows can show a server refusal at the row it belongs to.
 */
function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out = z.flattenError(error).fieldErrors as FieldErrors;
  for (const issue of error.issues) {
    if (issue.path.length > 1) (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return out;
}

type Ctx<I> = { staff: StaffSession; actor: Actor; input: I; t: Translate };

/**
 * The one way into a back-office server action: authenticate (session re-checked against the
 * database) -> authorize (ACL) -> parse (zod) -> the handler, which mutates and audits in one transaction. Expected
 * failures come back as a translated `{ ok: false }`; anything else is thrown to the error page.
 * An action that returns records of other resources (a picker's options) names their view
 * permissions after its own: `["customers/customer-user/create", "users/user/view"]`.
 */
export function staffAction<S extends z.ZodType, T = undefined>(
  requirement: Requirement | readonly [Permission, ...Permission[]],
  schema: (t: Translate) => S,
  handler: (ctx: Ctx<z.output<S>>) => Promise<ActionResult<T>>,
): ((raw: unknown) => Promise<ActionResult<T>>) & Guarded {
  const required: readonly Requirement[] = typeof requirement === "string" ? [requirement] : requirement;
  const permission = required[0]!;
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    const staff = await currentStaff();
    if (!staff) redirect("/admin/login");
    const t = (await getTranslations()) as unknown as Translate;
    if (!required.every((p) => p === SIGNED_IN || staff.can(p))) return { ok: false, message: t("errors.forbidden") };
    const unstorable = unstorableInputPath(raw);
    if (unstorable !== null)
      return { ok: false, message: t("errors.form"), fieldErrors: { [unstorable]: [t("errors.unstorableText")] } };
    const parsed = schema(t).safeParse(raw);
    if (!parsed.success) return { ok: false, message: t("errors.form"), fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const actor: Actor = { staffId: staff.id, label: staff.email, ip: clientIp(await headers()) };
      return await handler({ staff, actor, input: parsed.data, t });
    } catch (e) {
      return refusal(t, e);
    }
  };
  return Object.assign(action, { [GUARD]: permission, [REQUIRES]: required });
}
