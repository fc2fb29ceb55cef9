import "server-only";

import { prisma, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** The active consents a customer user is asked for, with the page that explains each and when they accepted it. */
export async function listShopConsents(customerUserId: string) {
  const rows = await prisma.consent.findMany({
    where: { active: true },
    orderBy: [{ mandatory: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      mandatory: true,
      cmsPage: { select: { slug: true } },
      acceptances: { where: { customerUserId }, select: { acceptedAt: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    mandatory: c.mandatory,
    page: c.cmsPage?.slug ?? null,
    acceptedAt: c.acceptances[0]?.acceptedAt ?? null,
  }));
}

/** What the registration form asks to tick. */
export function listMandatoryConsents() {
  return prisma.consent.findMany({
    where: { active: true, mandatory: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, cmsPage: { select: { slug: true } } },
  });
}

/** Registration: every active mandatory consent must be among the ticked ones; the ticked active ones are returned. */
export async function checkRegistrationConsents(tx: Tx, ticked: string[]): Promise<string[]> {
  const active = await tx.consent.findMany({ where: { active: true }, select: { id: true, mandatory: true } });
  if (active.some((c) => c.mandatory && !ticked.includes(c.id))) throw new DomainError("consentRequired", "consents");
  return active.filter((c) => ticked.includes(c.id)).map((c) => c.id);
}

/** The checked consents are recorded as accepted by the new user, in the registration's transaction. */
export async function acceptOnRegistration(tx: Tx, customerUserId: string, ticked: string[]): Promise<void> {
  const accepted = await checkRegistrationConsents(tx, ticked);
  if (accepted.length)
    await tx.consentAcceptance.createMany({ data: accepted.map((consentId) => ({ consentId, customerUserId })) });
}

/** Accepting twice keeps the first acceptance time. */
export async function acceptConsent(customerUserId: string, consentId: string): Promise<void> {
  const consent = await prisma.consent.findFirst({ where: { id: consentId, active: true }, select: { id: true } });
  if (!consent) throw new DomainError("notFound");
  await prisma.consentAcceptance.createMany({ data: [{ consentId, customerUserId }], skipDuplicates: true });
}

/** A mandatory consent is the condition of having an account: it stays accepted. */
export async function revokeConsent(customerUserId: string, consentId: string): Promise<void> {
  const consent = await prisma.consent.findUnique({ where: { id: consentId }, select: { mandatory: true } });
  if (!consent) throw new DomainError("notFound");
  if (consent.mandatory) throw new DomainError("consentMandatory");
  await prisma.consentAcceptance.deleteMany({ where: { consentId, customerUserId } });
}
