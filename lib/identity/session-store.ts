import "server-only";

import { prisma, type Tx } from "@/lib/db";
import type { AuthSessionEndReason } from "@/lib/generated/prisma/client";

import { clientIp } from "./client-ip";

/** Whose session: a staff user's or a customer user's. It is always part of the `where`. */
export type SessionOwner = { staffUserId: string } | { customerUserId: string };

/** How often a session's "last seen" is written: a page view within this does not write at all. */
export const LAST_SEEN_INTERVAL_MS = 60_000;
/** Ended and expired rows are kept this long, for questions about a recent sign-in, then deleted. */
export const ENDED_SESSION_DAYS = 7;
const USER_AGENT_MAX = 300;

export type SessionOrigin = { ip: string | null; userAgent: string | null };

/** Where a sign-in comes from, as the owner will see it in their list of sessions. */
export const originOf = (headers: Headers): SessionOrigin => ({
  ip: clientIp(headers),
  userAgent: headers.get("user-agent"),
});

/** A new live session at sign-in, as long as the JWT it goes into (`sid`). */
export async function openSession(
  owner: SessionOwner,
  origin: SessionOrigin,
  maxAgeSeconds: number,
  now = new Date(),
): Promise<string> {
  const row = await prisma.authSession.create({
    data: {
      ...owner,
      ip: origin.ip,
      userAgent: origin.userAgent?.trim().slice(0, USER_AGENT_MAX) || null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Ends every session of a user, in the transaction that deactivates, locks or changes the password
 * (beside the session version bump, which ends the tokens too: the row says why and when).
 */
export async function revokeSessions(
  tx: Tx,
  owner: SessionOwner,
  reason: AuthSessionEndReason,
  now = new Date(),
): Promise<number> {
  const { count } = await tx.authSession.updateMany({
    where: { ...owner, revokedAt: null },
    data: { revokedAt: now, revokeReason: reason },
  });
  return count;
}

/** Signing out: the one session the cookie names, if it is the owner's. */
export async function revokeSignedOutSession(owner: SessionOwner, sessionId: unknown, now = new Date()): Promise<void> {
  if (typeof sessionId !== "string") return;
  await prisma.authSession.updateMany({
    where: { ...owner, id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokeReason: "SIGNED_OUT" },
  });
}

/** Records that the session was used, at most once per interval, so a page view rarely writes. */
export async function touchSession(sessionId: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_INTERVAL_MS) return;
  await prisma.authSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_INTERVAL_MS) } },
    data: { lastSeenAt: now },
  });
}

/** The daily clean-up: rows that ended or expired more than ENDED_SESSION_DAYS ago. */
export async function deleteEndedSessions(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ENDED_SESSION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await prisma.authSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
  });
  return count;
}
