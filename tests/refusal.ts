import { createTranslator } from "next-intl";

import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import messages from "@/messages/en.json";

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;

/**
 * How a service's refusal reaches the person, as `staffAction` turns it into the form's answer: the
 * English message and the field it is shown at (none: at the top of the form). Fails the test when
 * the call succeeds or throws anything but an expected refusal.
 */
export async function refusal(call: Promise<unknown>): Promise<{ field: string | undefined; message: string }> {
  const error = await call.then(
    () => new Error("expected a refusal, but the change went through"),
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw error;
  return { field: error.field, message: t(`errors.${error.code}`, error.values) };
}
