import "server-only";

import type { Tx } from "@/lib/db";

import { enqueueEmail, type EmailInput } from "./service";
import {
  DEFAULT_TEMPLATE_LOCALE,
  SECRET_MASK,
  SECRET_VARIABLES,
  TEMPLATE_KEYS,
  type TemplateKey,
  type TemplateVars,
} from "./template-keys";
import { renderSource, renderWithSecrets, type RenderedEmail } from "./templates";

/**
 * The template of the key in the locale, else the English one: a language added to a website
 * sends English mail until someone translates it, rather than none.
 */
async function findTemplate(tx: Tx, key: TemplateKey, locale: string) {
  const candidates = await tx.emailTemplate.findMany({
    where: { key, localization: { code: { in: [locale, DEFAULT_TEMPLATE_LOCALE] } } },
    include: { localization: { select: { code: true } } },
  });
  const template =
    candidates.find((c) => c.localization.code === locale) ??
    candidates.find((c) => c.localization.code === DEFAULT_TEMPLATE_LOCALE);
  if (!template) throw new Error(`No e-mail template "${key}" in "${locale}" or "${DEFAULT_TEMPLATE_LOCALE}"`);
  return template;
}

export async function renderTemplate<K extends TemplateKey>(
  tx: Tx,
  key: K,
  locale: string,
  vars: TemplateVars<K>,
): Promise<RenderedEmail & { locale: string }> {
  const template = await findTemplate(tx, key, locale);
  return { ...renderSource(template, TEMPLATE_KEYS[key], vars), locale: template.localization.code };
}

export type TemplatedEmailInput<K extends TemplateKey> = Pick<
  EmailInput,
  "idempotencyKey" | "to" | "recipientType" | "recipientId"
> & {
  key: K;
  locale: string;
  vars: TemplateVars<K>;
};

/**
 * Renders and writes the message into the outbox in the caller's transaction. A message with a
 * secret (SECRET_VARIABLES) is stored masked, the real one sealed beside it for delivery.
 */
export async function enqueueTemplatedEmail<K extends TemplateKey>(tx: Tx, input: TemplatedEmailInput<K>) {
  const template = await findTemplate(tx, input.key, input.locale);
  const { clear, masked } = renderWithSecrets(
    template,
    TEMPLATE_KEYS[input.key],
    input.vars,
    SECRET_VARIABLES,
    SECRET_MASK,
  );
  return enqueueEmail(tx, {
    idempotencyKey: input.idempotencyKey,
    to: input.to,
    recipientType: input.recipientType ?? null,
    recipientId: input.recipientId ?? null,
    ...(masked ? { ...masked, unmasked: clear } : clear),
    templateKey: input.key,
    locale: template.localization.code,
  });
}
