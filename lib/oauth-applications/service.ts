import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { effectivePermissions } from "@/lib/customer-roles/effective";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import { hashClientSecret, newClientId, newClientSecret } from "@/lib/oauth/client-secret";
import { scopesAllowedBy, type ApiScope } from "@/lib/oauth/scopes";

import type { ApplicationValues, UpdateValues } from "./schema";

/** Who created an application: a staff member in the back office, or a customer user on the storefront. */
export type Creator = { staffId: string } | { customerUserId: string };

const HOUR = 60 * 60_000;
const expiry = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);
const audited = (a: { name: string; active: boolean; scopes: string[]; expiresAt: Date | null }) => ({
  name: a.name,
  active: a.active,
  scopes: a.scopes,
  expiresAt: a.expiresAt,
});

/** The owner, held FOR SHARE so that a delete of the user waits for this write; null when gone. */
async function lockOwner(tx: Tx, customerUserId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CustomerUser" WHERE id = ${customerUserId} FOR SHARE`;
  return row ? row.id : null;
}

/** The scopes the owner's storefront roles allow now: an application may hold these and no others. */
export async function scopesOwnerMayHold(customerUserId: string, tx?: Tx): Promise<ApiScope[]> {
  const roles = await (tx ?? prisma).customerUserRole.findMany({
    where: { customerUserId },
    select: {
      role: { select: { capabilities: true, permissions: { select: { entity: true, action: true, level: true } } } },
    },
  });
  return scopesAllowedBy(effectivePermissions(roles.map((r) => r.role)));
}

/** Granting is acting: a scope beyond the owner's current permissions is refused at the scopes field. */
async function assertScopesHeld(tx: Tx, customerUserId: string, scopes: readonly string[]) {
  const allowed = new Set<string>(await scopesOwnerMayHold(customerUserId, tx));
  const beyond = scopes.find((s) => !allowed.has(s));
  if (beyond) throw new DomainError("oauthScopeNotHeld", "scopes", { scope: beyond });
}

function assertFutureExpiry(expiresAt: Date | null, now: Date) {
  if (expiresAt && expiresAt <= now) throw new DomainError("oauthExpiryPast", "expiresOn");
}

/**
 * A new application of a customer user. Returns the client ID and the secret, which is shown this
 * once: only its keyed hash is stored. The owner is told by e-mail who created which application,
 * never the secret.
 */
export async function createApplication(
  actor: Actor,
  creator: Creator,
  customerUserId: string,
  values: ApplicationValues,
  now = new Date(),
): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const expiresAt = expiry(values.expiresOn);
  assertFutureExpiry(expiresAt, now);
  const clientSecret = newClientSecret();
  return transaction(async (tx) => {
    if (!(await lockOwner(tx, customerUserId))) throw new DomainError("notFound");
    await assertScopesHeld(tx, customerUserId, values.scopes);
    const app = await tx.oAuthApplication.create({
      data: {
        customerUserId,
        name: values.name,
        active: values.active,
        scopes: values.scopes,
        expiresAt,
        clientId: newClientId(),
        secretHash: hashClientSecret(clientSecret),
        createdByStaffId: "staffId" in creator ? creator.staffId : null,
        createdByCustomerUserId: "customerUserId" in creator ? creator.customerUserId : null,
      },
      select: { id: true, clientId: true, name: true, active: true, scopes: true, expiresAt: true },
    });
    await recordAudit(tx, actor, {
      entity: "oauth-application",
      entityId: app.id,
      action: "create",
      after: { ...audited(app), clientId: app.clientId, owner: await ownerEmail(tx, customerUserId) },
    });
    await notifyOwner(tx, app, customerUserId, creator);
    return { id: app.id, clientId: app.clientId, clientSecret };
  });
}

const ownerEmail = async (tx: Tx, id: string) =>
  (await tx.customerUser.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;

async function creatorName(tx: Tx, creator: Creator): Promise<string> {
  const person =
    "staffId" in creator
      ? await tx.staffUser.findUnique({ where: { id: creator.staffId }, select: { firstName: true, lastName: true } })
      : await tx.customerUser.findUnique({
          where: { id: creator.customerUserId },
          select: { firstName: true, lastName: true },
        });
  return person ? `${person.firstName} ${person.lastName}`.trim() : "";
}

async function notifyOwner(
  tx: Tx,
  app: { id: string; name: string; clientId: string },
  customerUserId: string,
  creator: Creator,
) {
  const owner = await tx.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      preferredLocalization: { select: { code: true } },
      website: { select: { name: true, defaultLocalization: { select: { code: true } } } },
    },
  });
  const locale = owner.preferredLocalization?.code ?? owner.website.defaultLocalization.code;
  await enqueueTemplatedEmail(tx, {
    key: "oauth-application-created",
    idempotencyKey: `oauth-application-created:${app.id}`,
    to: owner.email,
    recipientType: "customer-user",
    recipientId: customerUserId,
    locale,
    vars: {
      firstName: owner.firstName,
      lastName: owner.lastName,
      applicationName: app.name,
      clientId: app.clientId,
      createdBy: await creatorName(tx, creator),
      websiteName: owner.website.name,
    },
  });
}

/**
 * Which owners' applications the caller may change: every one for staff (who may view customer
 * users), the reach of their role for a customer administrator on the storefront.
 */
export type OwnerScope = { owner?: Prisma.CustomerUserWhereInput };

/**
 * The application's row locked for this change, found by its id within the caller's reach; the owner
 * comes from the row, never from input. Outside the reach it does not exist.
 */
async function lockApplication(tx: Tx, id: string, scope: OwnerScope = {}) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OAuthApplication" WHERE id = ${id} FOR UPDATE`;
  const app = row
    ? await tx.oAuthApplication.findFirst({
        where: { id, ...(scope.owner ? { customerUser: scope.owner } : {}) },
        select: {
          id: true,
          customerUserId: true,
          name: true,
          active: true,
          scopes: true,
          expiresAt: true,
          rateLimitPerSecond: true,
          rateLimitBurst: true,
          secretHash: true,
        },
      })
    : null;
  if (!app) throw new DomainError("notFound");
  return app;
}

/**
 * Name, status, scopes, expiry and rate limit. Scopes the owner no longer holds may stay (they grant
 * nothing while the owner lacks them), but none may be added beyond what the owner holds now.
 */
export async function updateApplication(actor: Actor, id: string, values: UpdateValues, now = new Date()) {
  const expiresAt = expiry(values.expiresOn);
  await transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    if (expiresAt?.getTime() !== before.expiresAt?.getTime()) assertFutureExpiry(expiresAt, now);
    const added = values.scopes.filter((s) => !before.scopes.includes(s));
    await assertScopesHeld(tx, before.customerUserId, added);
    const data = {
      name: values.name,
      active: values.active,
      scopes: values.scopes,
      expiresAt,
      rateLimitPerSecond: values.rateLimitPerSecond,
      rateLimitBurst: values.rateLimitBurst,
    };
    await tx.oAuthApplication.update({ where: { id }, data });
    const limits = (a: typeof data | typeof before) => ({
      rateLimitPerSecond: a.rateLimitPerSecond,
      rateLimitBurst: a.rateLimitBurst,
    });
    await recordAudit(tx, actor, {
      entity: "oauth-application",
      entityId: id,
      action: "update",
      before: { ...audited(before), ...limits(before) },
      after: { ...audited(data), ...limits(data) },
    });
  });
}

/** Deactivated, the application gets no tokens and its live tokens are refused on their next call. */
export async function setApplicationActive(actor: Actor, id: string, active: boolean, scope: OwnerScope = {}) {
  await transaction(async (tx) => {
    const before = await lockApplication(tx, id, scope);
    if (before.active === active) return;
    await tx.oAuthApplication.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, {
      entity: "oauth-application",
      entityId: id,
      action: active ? "activate" : "deactivate",
      before: { active: before.active },
      after: { active },
    });
  });
}

/**
 * A new secret for the same client ID, returned once. The former one keeps working for the overlap
 * (0 to 24 hours) so the systems using it can be switched over without an outage; a former secret
 * still in its overlap from an earlier regeneration is dropped.
 */
export async function regenerateSecret(
  actor: Actor,
  id: string,
  overlapHours: number,
  now = new Date(),
): Promise<{ clientSecret: string; previousValidUntil: Date | null }> {
  const clientSecret = newClientSecret();
  const previousValidUntil = overlapHours > 0 ? new Date(now.getTime() + overlapHours * HOUR) : null;
  await transaction(async (tx) => {
    const before = await lockApplication(tx, id);
    await tx.oAuthApplication.update({
      where: { id },
      data: {
        secretHash: hashClientSecret(clientSecret),
        previousSecretHash: previousValidUntil ? before.secretHash : null,
        previousSecretExpiresAt: previousValidUntil,
      },
    });
    // the audit names the overlap, never a secret or its hash
    await recordAudit(tx, actor, {
      entity: "oauth-application",
      entityId: id,
      action: "regenerate-secret",
      after: { overlapHours, formerCredentialValidUntil: previousValidUntil },
    });
  });
  return { clientSecret, previousValidUntil };
}

/** Gone with its tokens and usage; the audit keeps what it was. */
export async function deleteApplication(actor: Actor, id: string, scope: OwnerScope = {}) {
  await transaction(async (tx) => {
    const before = await lockApplication(tx, id, scope);
    await tx.oAuthApplication.delete({ where: { id } });
    await recordAudit(tx, actor, {
      entity: "oauth-application",
      entityId: id,
      action: "delete",
      before: { ...audited(before), owner: await ownerEmail(tx, before.customerUserId) },
    });
  });
}
