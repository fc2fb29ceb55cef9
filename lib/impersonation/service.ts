import "server-only";

import { randomBytes } from "node:crypto";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { getSettings } from "@/lib/config/settings";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/dates";
import { CUSTOMER_STATE, SESSION_ROW, switchesFor, verifySession } from "@/lib/identity/impersonated-session";
import {
  assistRefusalsOf,
  refusalFor,
  START_TOKEN_TTL_MS,
  type AssistCandidate,
  type Purpose,
  type Refusal,
} from "@/lib/identity/impersonation-rules";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import { hashToken } from "@/lib/tokens";

export { endImpersonation } from "@/lib/identity/impersonated-session";

/** Ends this staff user's sessions that can no longer be used, so at most one stays open per person. */
async function closeStale(tx: Tx, staffUserId: string, now: Date) {
  await tx.impersonationSession.updateMany({
    where: { staffUserId, endedAt: null, startedAt: null },
    data: { endedAt: now, endReason: "NOT_STARTED", startTokenHash: null },
  });
  await tx.impersonationSession.updateMany({
    where: { staffUserId, endedAt: null, expiresAt: { lte: now } },
    data: { endedAt: now, endReason: "EXPIRED" },
  });
}

export type StartInput = { customerUserId: string; purpose: Purpose; reason: string; startPath: string };

/**
 * Opens a session for a staff member as a customer user and returns the one-time link that signs a
 * new tab into the customer's website. Only the link's hash is stored, and it works for 60 seconds.
 * A staff member has one session at a time: starting another while one is live is refused, which
 * is also what keeps an impersonated tab from starting a nested one.
 */
export async function startImpersonation(
  actor: Actor & { staffId: string },
  input: StartInput,
  userAgent: string | null,
  now = new Date(),
) {
  return transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "StaffUser" WHERE id = ${actor.staffId} FOR UPDATE`;
    await closeStale(tx, actor.staffId, now);
    const live = await tx.impersonationSession.findFirst({
      where: { staffUserId: actor.staffId, endedAt: null },
      select: { customerEmail: true },
    });
    if (live) throw new DomainError("impersonation.alreadyActive", undefined, { email: live.customerEmail });
    const customer = await tx.customerUser.findUnique({
      where: { id: input.customerUserId },
      select: {
        ...CUSTOMER_STATE,
        id: true,
        email: true,
        websiteId: true,
        website: { select: { baseUrl: true, impersonationEnabled: true } },
      },
    });
    if (!customer) throw new DomainError("notFound");
    // Spryker's rule: staff preview the storefront only as the customers assigned to them
    if (
      input.purpose === "PREVIEW" &&
      !(await tx.staffCustomerAssignment.findFirst({
        where: { staffUserId: actor.staffId, customerUserId: customer.id },
        select: { customerUserId: true },
      }))
    ) {
      throw new DomainError("impersonation.notAssigned");
    }
    const switches = await switchesFor(customer.website.impersonationEnabled);
    const refusal = refusalFor(input.purpose, customer, switches, now);
    if (refusal) throw new DomainError(refusal);
    const token = randomBytes(32).toString("base64url");
    const tokenExpiresAt = new Date(now.getTime() + START_TOKEN_TTL_MS);
    const session = await tx.impersonationSession.create({
      data: {
        staffUserId: actor.staffId,
        customerUserId: customer.id,
        customerEmail: customer.email,
        websiteId: customer.websiteId,
        purpose: input.purpose,
        reason: input.reason,
        startPath: input.startPath,
        startTokenHash: hashToken(token),
        startTokenExpiresAt: tokenExpiresAt,
        expiresAt: tokenExpiresAt,
        ip: actor.ip,
        userAgent: userAgent?.slice(0, 500) ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "impersonation-session",
      entityId: session.id,
      action: "start",
      after: {
        customerUserId: customer.id,
        customerEmail: customer.email,
        purpose: input.purpose,
        reason: input.reason,
      },
    });
    return { sessionId: session.id, url: `${customer.website.baseUrl.replace(/\/$/, "")}/impersonate/${token}` };
  });
}

export type Arrival = {
  sessionId: string;
  staffUserId: string;
  customerUserId: string;
  customerSessionVersion: number;
  websiteId: string;
  startPath: string;
  expiresAt: Date;
};

/**
 * Uses a start link: once, within its minute, on the customer's website. The session's clock starts
 * here. The sign-in is recorded among the customer's sign-in attempts and, when the setting says
 * so, the customer gets a notice e-mail.
 */
export async function consumeStartToken(
  token: string,
  websiteId: string,
  ip: string | null,
  now = new Date(),
): Promise<Arrival | null> {
  const settings = await getSettings();
  const expiresAt = new Date(now.getTime() + settings.impersonationMaxMinutes * 60_000);
  const used = await prisma.impersonationSession.updateManyAndReturn({
    where: { startTokenHash: hashToken(token), endedAt: null, startTokenExpiresAt: { gt: now }, websiteId },
    data: { startTokenHash: null, startedAt: now, expiresAt },
    select: SESSION_ROW,
  });
  const row = used[0];
  if (!row) {
    // a late or misdirected link is spent too: it can never be tried again
    await prisma.impersonationSession.updateMany({
      where: { startTokenHash: hashToken(token), endedAt: null },
      data: { startTokenHash: null, endedAt: now, endReason: "NOT_STARTED" },
    });
    return null;
  }
  const live = await verifySession(row, now);
  if (!live || !row.customerUserId) return null;
  const customer = await prisma.customerUser.findUniqueOrThrow({
    where: { id: row.customerUserId },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      sessionVersion: true,
      preferredLocalization: { select: { code: true } },
      website: { select: { name: true, defaultLocalization: { select: { code: true } } } },
    },
  });
  await transaction(async (tx) => {
    await tx.customerLoginAttempt.create({
      data: {
        email: customer.email,
        websiteId,
        customerUserId: row.customerUserId,
        success: true,
        source: "IMPERSONATION",
        ip,
      },
    });
    if (row.purpose === "ASSIST" && settings.impersonationNotifyCustomer) {
      const locale = customer.preferredLocalization?.code ?? customer.website.defaultLocalization.code;
      await enqueueImpersonationNotice(
        tx,
        { id: row.id, customerUserId: row.customerUserId!, to: customer.email, locale, startedAt: now },
        {
          firstName: customer.firstName,
          lastName: customer.lastName,
          staffName: live.staffName,
          websiteName: customer.website.name,
        },
      );
    }
  });
  return {
    sessionId: row.id,
    staffUserId: row.staffUserId,
    customerUserId: row.customerUserId,
    customerSessionVersion: customer.sessionVersion,
    websiteId,
    startPath: row.startPath,
    expiresAt,
  };
}

async function enqueueImpersonationNotice(
  tx: Tx,
  s: { id: string; customerUserId: string; to: string; locale: string; startedAt: Date },
  vars: { firstName: string; lastName: string; staffName: string; websiteName: string },
) {
  const startedAt = formatDateTime(s.startedAt, s.locale);
  await enqueueTemplatedEmail(tx, {
    key: "impersonation-notice",
    idempotencyKey: `impersonation-notice:${s.id}`,
    to: s.to,
    recipientType: "customer-user",
    recipientId: s.customerUserId,
    locale: s.locale,
    vars: { ...vars, startedAt },
  });
}

/**
 * The staff member's session that is open in a tab now: the one that refuses a second start (by
 * assist or preview) until it ends. The pages that start sessions offer to end it.
 */
export function ownLiveSession(staffUserId: string, now = new Date()) {
  return prisma.impersonationSession.findFirst({
    where: { staffUserId, endedAt: null, startedAt: { not: null }, expiresAt: { gt: now } },
    select: { id: true, customerEmail: true, expiresAt: true },
  });
}

/**
 * Why "Log in as a user" would be refused for each of these customer users now (feature or website
 * switched off, disabled, locked, unconfirmed, no consent), for the grid and the view page to show
 * it disabled with its reason. Users it would work for are left out.
 */
export async function assistRefusals(customerUserIds: string[], now = new Date()): Promise<Record<string, Refusal>> {
  if (customerUserIds.length === 0) return {};
  const [customers, s] = await Promise.all([
    prisma.$queryRaw<AssistCandidate[]>`
      SELECT u.id, u.enabled, u.confirmed, u.locked, u."lockedUntil", u."assistanceAllowed",
             w."impersonationEnabled" AS "websiteEnabled"
      FROM "CustomerUser" u JOIN "Website" w ON w.id = u."websiteId"
      WHERE u.id = ANY(${customerUserIds})`,
    getSettings(),
  ]);
  return assistRefusalsOf(customers, s, now);
}

/** What the "Log in as a user" page shows before anyone presses it: the refusal it would meet, if any. */
export async function startPageState(staffUserId: string, customerUserId: string, sees: Sees, now = new Date()) {
  const [customer, live] = await Promise.all([
    prisma.customerUser.findUnique({
      where: { id: customerUserId },
      select: {
        ...CUSTOMER_STATE,
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        website: { select: { name: true, impersonationEnabled: true } },
        company: { select: { name: true } },
      },
    }),
    ownLiveSession(staffUserId, now),
  ]);
  if (!customer) return null;
  const switches = await switchesFor(customer.website.impersonationEnabled);
  return {
    customer: {
      id: customer.id,
      name: `${customer.firstName} ${customer.lastName}`,
      email: customer.email,
      websiteName: customer.website.name,
      companyName: sees("customers/company/view") ? customer.company.name : null,
    },
    refusal: refusalFor("ASSIST", customer, switches, now),
    live,
    maxMinutes: switches.maxMinutes,
  };
}
