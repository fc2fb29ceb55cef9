import "server-only";

import { recordAudit, type Actor, type AuditEntry } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { browserOf, type Browser } from "./browser";
import type { SessionOwner } from "./session-store";

/** A live session as its owner sees it in their list. */
export type OwnSession = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  browser: Browser | null;
  current: boolean;
};

/** Far more than anyone has: the list is bounded however often a script signs in. */
const LIST_MAX = 50;
const live = (now: Date) => ({ revokedAt: null, expiresAt: { gt: now } });
const ended = (now: Date) => ({ revokedAt: now, revokeReason: "ENDED_BY_USER" as const });

/** Ending sessions is audited as a change to the owner's account. */
const auditTarget = (owner: SessionOwner): Pick<AuditEntry, "entity" | "entityId"> =>
  "staffUserId" in owner
    ? { entity: "staff-user", entityId: owner.staffUserId }
    : { entity: "customer-user", entityId: owner.customerUserId };

/** The owner's live sessions: this one first, then the most recently used. */
export async function listOwnSessions(owner: SessionOwner, currentId: string, now = new Date()): Promise<OwnSession[]> {
  const rows = await prisma.authSession.findMany({
    where: { ...owner, ...live(now) },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: LIST_MAX,
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  const sessions = rows.map(({ userAgent, ...r }) => ({
    ...r,
    browser: browserOf(userAgent),
    current: r.id === currentId,
  }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}

/**
 * Signs out one other session of the owner. The owner is part of the `where`, so another person's
 * session id matches nothing and is "not found", exactly like an id that never existed.
 */
export async function endOwnSession(
  actor: Actor,
  owner: SessionOwner,
  id: string,
  currentId: string,
  now = new Date(),
): Promise<void> {
  await transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({
      where: { ...owner, ...live(now), id, NOT: { id: currentId } },
      data: ended(now),
    });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, actor, { ...auditTarget(owner), action: "end-session", after: { sessionId: id } });
  });
}

/** Signs out every session of the owner but the current one; returns how many ended. */
export async function endOtherSessions(
  actor: Actor,
  owner: SessionOwner,
  currentId: string,
  now = new Date(),
): Promise<number> {
  return transaction(async (tx) => {
    const rows = await tx.authSession.updateManyAndReturn({
      where: { ...owner, ...live(now), NOT: { id: currentId } },
      data: ended(now),
      select: { id: true },
    });
    if (rows.length > 0)
      await recordAudit(tx, actor, {
        ...auditTarget(owner),
        action: "end-other-sessions",
        after: { sessionIds: rows.map((r) => r.id) },
      });
    return rows.length;
  });
}
