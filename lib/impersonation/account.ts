import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";

export const ACCOUNT_ACTIVITY_SIZE = 10;

export type AccountVisit = { id: string; startedAt: Date; until: Date; live: boolean; staffFirstName: string };

/**
 * The times staff signed in to help the customer, newest first. Only assistance that began is
 * listed (previews change nothing and never reach the customer's data), and staff are named by
 * first name only: their e-mail address is internal.
 */
export async function listAccountActivity(
  customerUserId: string,
  page: number,
  now = new Date(),
): Promise<{ rows: AccountVisit[]; total: number }> {
  const where = { customerUserId, purpose: "ASSIST" as const, startedAt: { not: null } };
  const [rows, total] = await Promise.all([
    prisma.impersonationSession.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACCOUNT_ACTIVITY_SIZE,
      take: ACCOUNT_ACTIVITY_SIZE,
      select: { id: true, startedAt: true, expiresAt: true, endedAt: true, staffUser: { select: { firstName: true } } },
    }),
    prisma.impersonationSession.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => {
      const live = !r.endedAt && r.expiresAt > now;
      return {
        id: r.id,
        startedAt: r.startedAt!,
        until: r.endedAt ?? (live ? now : r.expiresAt),
        live,
        staffFirstName: r.staffUser.firstName,
      };
    }),
  };
}

export async function getAssistanceAllowed(customerUserId: string): Promise<boolean | null> {
  const row = await prisma.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: { assistanceAllowed: true },
  });
  return row.assistanceAllowed;
}

/** The customer's own answer to "may staff sign in as me to help?", audited as theirs. */
export async function setAssistanceAllowed(actor: Actor, customerUserId: string, allowed: boolean): Promise<void> {
  await transaction(async (tx) => {
    const before = await tx.customerUser.findUniqueOrThrow({
      where: { id: customerUserId },
      select: { assistanceAllowed: true },
    });
    if (before.assistanceAllowed === allowed) return;
    await tx.customerUser.update({ where: { id: customerUserId }, data: { assistanceAllowed: allowed } });
    await recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: customerUserId,
      action: "update",
      before,
      after: { assistanceAllowed: allowed },
    });
  });
}
