import "server-only";

import { staffRules } from "@/lib/acl/effective-rules";
import { isAllowed } from "@/lib/acl/evaluate";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { getSettings } from "@/lib/config/settings";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ImpersonationEndReason } from "@/lib/generated/prisma/client";

import { liveVerdict, type Purpose } from "./impersonation-rules";

/**
 * The impersonation session check: a storefront session whose token carries an `act` claim is a
 * staff member acting as the customer, and every request asks again whether that session is still
 * live (staff member active and capable, customer available, feature on, not expired). Who the
 * actor of a storefront write is, and what an impersonated session may not do, live here too.
 */

export const CUSTOMER_STATE = {
  enabled: true,
  confirmed: true,
  locked: true,
  lockedUntil: true,
  assistanceAllowed: true,
} as const;

/** The capability each purpose needs, asked again on every request of the session. */
export const PURPOSE_PERMISSION = {
  ASSIST: "customers/impersonation/start",
  PREVIEW: "content/cms-page/preview",
} as const;

export async function switchesFor(websiteEnabled: boolean) {
  const s = await getSettings();
  return {
    global: s.impersonationEnabled,
    website: websiteEnabled,
    consentMode: s.assistanceConsentMode,
    maxMinutes: s.impersonationMaxMinutes,
    notify: s.impersonationNotifyCustomer,
  };
}

export type LiveImpersonation = {
  sessionId: string;
  staffUserId: string;
  staffName: string;
  purpose: Purpose;
  expiresAt: Date;
  /** where the tab started: for a preview, the content page being previewed */
  startPath: string;
};

export type SessionRow = {
  id: string;
  purpose: Purpose;
  startedAt: Date | null;
  expiresAt: Date;
  endedAt: Date | null;
  staffUserId: string;
  customerUserId: string | null;
  websiteId: string;
  startPath: string;
};

/** Asks the questions of liveVerdict for one session row; ends it (with the reason) when one fails. */
export async function verifySession(row: SessionRow, now: Date): Promise<LiveImpersonation | null> {
  if (row.endedAt) return null;
  const [staff, rules, customer, website, assigned] = await Promise.all([
    prisma.staffUser.findUnique({
      where: { id: row.staffUserId },
      select: { status: true, firstName: true, lastName: true },
    }),
    staffRules(prisma, row.staffUserId),
    row.customerUserId
      ? prisma.customerUser.findUnique({
          where: { id: row.customerUserId },
          select: { ...CUSTOMER_STATE, websiteId: true },
        })
      : null,
    prisma.website.findUnique({ where: { id: row.websiteId }, select: { impersonationEnabled: true } }),
    // a preview is for the customers assigned to the staff member: taking the assignment away ends it
    row.purpose === "PREVIEW" && row.customerUserId
      ? prisma.staffCustomerAssignment.count({
          where: { staffUserId: row.staffUserId, customerUserId: row.customerUserId },
        })
      : 1,
  ]);
  const switches = await switchesFor(!!website?.impersonationEnabled);
  const verdict = liveVerdict(
    row,
    { active: staff?.status === "ACTIVE", capable: isAllowed(rules, PURPOSE_PERMISSION[row.purpose]) && assigned > 0 },
    customer && customer.websiteId === row.websiteId ? customer : null,
    switches,
    now,
  );
  if (verdict !== "ok") {
    await endImpersonation(row.id, verdict, { now });
    return null;
  }
  return {
    sessionId: row.id,
    staffUserId: row.staffUserId,
    staffName: `${staff!.firstName} ${staff!.lastName}`,
    purpose: row.purpose,
    expiresAt: row.expiresAt,
    startPath: row.startPath,
  };
}

export const SESSION_ROW = {
  id: true,
  purpose: true,
  startedAt: true,
  expiresAt: true,
  endedAt: true,
  staffUserId: true,
  customerUserId: true,
  websiteId: true,
  startPath: true,
} as const;

/** The live session a storefront token's `act` claim names, if it is still live for this customer and website. */
export async function liveImpersonation(
  sessionId: string,
  customerUserId: string,
  websiteId: string,
  now = new Date(),
): Promise<LiveImpersonation | null> {
  const row = await prisma.impersonationSession.findUnique({ where: { id: sessionId }, select: SESSION_ROW });
  if (!row || row.customerUserId !== customerUserId || row.websiteId !== websiteId) return null;
  return verifySession(row, now);
}

/** The ends an impersonated tab is told about: the ones nobody chose in that tab (Log out clears the tab itself). */
const TOLD_ENDS = [
  "EXPIRED",
  "FEATURE_OFF",
  "STAFF_UNAVAILABLE",
  "CUSTOMER_UNAVAILABLE",
  "ENDED_BY_STAFF",
] as const satisfies readonly ImpersonationEndReason[];
export type ToldEnd = (typeof TOLD_ENDS)[number];

/**
 * Why the session a signed storefront token names has ended, as recorded by the check that ended
 * it: so the tab can say so instead of turning silently into a visitor's.
 */
export async function endedImpersonationReason(
  sessionId: string,
  staffUserId: string,
  websiteId: string,
): Promise<ToldEnd | null> {
  const row = await prisma.impersonationSession.findFirst({
    where: { id: sessionId, staffUserId, websiteId, endedAt: { not: null } },
    select: { endReason: true },
  });
  return TOLD_ENDS.find((r) => r === row?.endReason) ?? null;
}

/**
 * Ends a session that is still open; returns whether this call ended it. An end someone chose (in
 * the banner or the back office) is audited with who chose it; the checks' ends are in the row.
 */
export async function endImpersonation(
  sessionId: string,
  reason: ImpersonationEndReason,
  opts: { now?: Date; onlyStaffUserId?: string; actor?: Actor } = {},
): Promise<boolean> {
  const now = opts.now ?? new Date();
  return transaction(async (tx) => {
    const { count } = await tx.impersonationSession.updateMany({
      where: { id: sessionId, endedAt: null, ...(opts.onlyStaffUserId ? { staffUserId: opts.onlyStaffUserId } : {}) },
      data: { endedAt: now, endReason: reason, startTokenHash: null },
    });
    if (count === 1 && opts.actor)
      await recordAudit(tx, opts.actor, {
        entity: "impersonation-session",
        entityId: sessionId,
        action: "end",
        after: { endReason: reason },
      });
    return count === 1;
  });
}

/**
 * Who a storefront write is by: the customer user, or the staff member signed in as them, with the
 * session, so the audit log tells the two apart and links every assisted write to its session.
 */
/** The part of a storefront session these checks read (the session itself is built in shop-session.ts, from the check above). */
type Acting = { id: string; email: string; impersonation?: LiveImpersonation | null; api?: ApiActing | null };

/** An OAuth application calling the storefront API as its owner (lib/api builds the session it acts in). */
export type ApiActing = { applicationId: string; applicationName: string };

export function shopActor(customer: Omit<Acting, "id">, ip: string | null): Actor {
  if (customer.api)
    return {
      staffId: null,
      label: `API: ${customer.api.applicationName} for ${customer.email}`,
      ip,
      oauthApplicationId: customer.api.applicationId,
    };
  const imp = customer.impersonation;
  if (!imp) return { staffId: null, label: `storefront: ${customer.email}`, ip };
  return {
    staffId: imp.staffUserId,
    label: `${imp.staffName} as ${customer.email}`,
    ip,
    impersonationSessionId: imp.sessionId,
  };
}

/**
 * A preview changes nothing at all; an assistance session may act for the customer but not on the
 * customer's credentials, e-mail address or consents.
 */
export function assertAllowedWhileImpersonated(customer: Pick<Acting, "impersonation">, restricted = false): void {
  if (customer.impersonation?.purpose === "PREVIEW") throw new DomainError("impersonation.previewReadOnly");
  if (customer.impersonation && restricted) throw new DomainError("impersonation.restricted");
}

/**
 * One audit entry per successful storefront action taken during an impersonation, with what was
 * sent, in the transaction of the action's own writes (the storefront wrapper opens it).
 */
export async function auditImpersonatedWrite(
  tx: Tx,
  customer: Acting,
  name: string,
  input: unknown,
  ip: string | null,
): Promise<void> {
  if (!customer.impersonation) return;
  const after =
    input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : { input };
  await recordAudit(tx, shopActor(customer, ip), {
    entity: "customer-user",
    entityId: customer.id,
    action: `storefront:${name}`,
    after,
  });
}
