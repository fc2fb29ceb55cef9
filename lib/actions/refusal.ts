import { DomainError, DomainFieldErrors } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

import type { ActionResult, FieldErrors } from "./result";

/** A service's expected refusal as the form shows it: translated, at its field or fields. Anything else is rethrown. */
export function refusal(t: Translate, e: unknown): ActionResult<never> {
  if (!(e instanceof DomainError)) throw e;
  if (e instanceof DomainFieldErrors) {
    const fieldErrors: FieldErrors = {};
    for (const issue of e.issues) (fieldErrors[issue.field] ??= []).push(t(`errors.${issue.code}`, issue.values));
    return { ok: false, message: t("errors.form"), fieldErrors };
  }
  const message = t(`errors.${e.code}`, e.values);
  return { ok: false, message, ...(e.field ? { fieldErrors: { [e.field]: [message] } } : {}) };
}
