import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import {
  DEFAULT_TEMPLATE_LOCALE,
  SAMPLE_VALUES,
  TEMPLATE_KEY_LIST,
  TEMPLATE_KEYS,
  type TemplateKey,
} from "@/lib/mail/template-keys";
import { renderSource, unknownVariable, type RenderedEmail } from "@/lib/mail/templates";

import type { TemplateFormValues } from "./schema";

export type TemplateRow = {
  key: TemplateKey;
  locale: string;
  localizationName: string;
  subject: string | null;
  updatedAt: Date | null;
};

/** Every key in every language, including the ones still falling back to English, so none is overlooked. */
export async function listTemplates(): Promise<TemplateRow[]> {
  const [localizations, templates] = await Promise.all([
    prisma.localization.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    prisma.emailTemplate.findMany({ select: { key: true, localizationId: true, subject: true, updatedAt: true } }),
  ]);
  const byKey = new Map(templates.map((t) => [`${t.key}:${t.localizationId}`, t]));
  return TEMPLATE_KEY_LIST.flatMap((key) =>
    localizations.map((l) => {
      const row = byKey.get(`${key}:${l.id}`);
      return {
        key,
        locale: l.code,
        localizationName: l.name,
        subject: row?.subject ?? null,
        updatedAt: row?.updatedAt ?? null,
      };
    }),
  );
}

/** The template in that language, or the English text as a starting point when it has none yet. */
export async function getTemplateForEdit(key: TemplateKey, locale: string) {
  const localization = await prisma.localization.findUnique({
    where: { code: locale },
    select: { id: true, code: true, name: true },
  });
  if (!localization) return null;
  const own = await prisma.emailTemplate.findUnique({
    where: { key_localizationId: { key, localizationId: localization.id } },
  });
  const fallback =
    own ?? (await prisma.emailTemplate.findFirst({ where: { key, localization: { code: DEFAULT_TEMPLATE_LOCALE } } }));
  return {
    localization,
    exists: own !== null,
    values: {
      key,
      locale,
      subject: fallback?.subject ?? "",
      bodyText: fallback?.bodyText ?? "",
      bodyHtml: fallback?.bodyHtml ?? "",
    },
  };
}

type Stored = { key: string; subject: string; bodyText: string; bodyHtml: string | null };
const snapshot = (t: Stored | null, locale: string) =>
  t && { key: t.key, locale, subject: t.subject, bodyText: t.bodyText, bodyHtml: t.bodyHtml };

/** Creates or replaces the template of one key in one language; the variables are checked again here. */
export async function saveTemplate(actor: Actor, values: TemplateFormValues): Promise<void> {
  const key = values.key;
  for (const field of ["subject", "bodyText", "bodyHtml"] as const) {
    const name = unknownVariable(values[field], TEMPLATE_KEYS[key]);
    if (name !== null) throw new DomainError("unknownTemplateVariable", field, { name });
  }
  await transaction(async (tx) => {
    const localization = await tx.localization.findUnique({ where: { code: values.locale }, select: { id: true } });
    if (!localization) throw new DomainError("notFound");
    const where = { key_localizationId: { key, localizationId: localization.id } };
    const before = await tx.emailTemplate.findUnique({ where });
    const data = { subject: values.subject, bodyText: values.bodyText, bodyHtml: values.bodyHtml || null };
    const saved = await tx.emailTemplate.upsert({
      where,
      create: { key, localizationId: localization.id, ...data },
      update: data,
    });
    await recordAudit(tx, actor, {
      entity: "email-template",
      entityId: saved.id,
      action: before ? "update" : "create",
      before: snapshot(before, values.locale),
      after: snapshot(saved, values.locale),
    });
  });
}

/** The form's current text filled with example values; nothing is stored. */
export function previewTemplate(values: TemplateFormValues): RenderedEmail {
  return renderSource(
    { subject: values.subject, bodyText: values.bodyText, bodyHtml: values.bodyHtml || null },
    TEMPLATE_KEYS[values.key],
    SAMPLE_VALUES,
  );
}
