import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import type { ConsentFormInput, ConsentFormValues } from "./schema";

/** Consents are few: the whole list, by code, with how many customer users accepted each. */
/** Every consent with how many accepted it; the page stating it is a CMS page, named only for viewers who may view those. */
export async function listConsents(sees: Sees) {
  const rows = await prisma.consent.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      mandatory: true,
      active: true,
      cmsPage: { select: { slug: true } },
      _count: { select: { acceptances: true } },
    },
  });
  return rows.map(({ _count, cmsPage, ...c }) => ({
    ...c,
    page: sees("content/cms-page/view") ? (cmsPage?.slug ?? null) : null,
    accepted: _count.acceptances,
  }));
}

export async function getConsentForm(
  id: string,
): Promise<(ConsentFormInput & { id: string; accepted: number }) | null> {
  const c = await prisma.consent.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      mandatory: true,
      active: true,
      cmsPageId: true,
      _count: { select: { acceptances: true } },
    },
  });
  return (
    c && {
      id: c.id,
      code: c.code,
      name: c.name,
      mandatory: c.mandatory,
      active: c.active,
      cmsPageId: c.cmsPageId ?? "",
      accepted: c._count.acceptances,
    }
  );
}

export function listConsentPageOptions() {
  return prisma.cmsPage.findMany({
    orderBy: [{ slug: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true },
  });
}

async function snapshot(tx: Tx, id: string) {
  const c = await tx.consent.findUnique({
    where: { id },
    select: { code: true, name: true, mandatory: true, active: true, cmsPage: { select: { slug: true } } },
  });
  return c && { code: c.code, name: c.name, mandatory: c.mandatory, active: c.active, page: c.cmsPage?.slug ?? null };
}

export async function saveConsent(
  actor: Actor,
  id: string | undefined,
  values: ConsentFormValues,
): Promise<{ id: string }> {
  try {
    return await transaction(async (tx) => {
      const before = id ? await snapshot(tx, id) : null;
      if (id && !before) throw new DomainError("notFound");
      const cmsPageId = values.cmsPageId || null;
      if (cmsPageId && !(await tx.cmsPage.findUnique({ where: { id: cmsPageId }, select: { id: true } })))
        throw new DomainError("notFound", "cmsPageId");
      const data = {
        code: values.code,
        name: values.name,
        mandatory: values.mandatory,
        active: values.active,
        cmsPageId,
      };
      const saved = id
        ? await tx.consent.update({ where: { id }, data, select: { id: true } })
        : await tx.consent.create({ data, select: { id: true } });
      await recordAudit(tx, actor, {
        entity: "consent",
        entityId: saved.id,
        action: id ? "update" : "create",
        before,
        after: await snapshot(tx, saved.id),
      });
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("consentCodeTaken", "code");
    throw e;
  }
}

/** A consent someone accepted is evidence of that acceptance: it can be deactivated, never deleted. */
export async function deleteConsent(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    // the row lock makes a concurrent acceptance wait, so it cannot slip in between the count and the delete
    await tx.$queryRaw`SELECT id FROM "Consent" WHERE id = ${id} FOR UPDATE`;
    const before = await snapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    if ((await tx.consentAcceptance.count({ where: { consentId: id } })) > 0) throw new DomainError("consentInUse");
    await tx.consent.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "consent", entityId: id, action: "delete", before });
  });
}
