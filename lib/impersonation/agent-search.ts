import "server-only";

import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsLower, containsText } from "@/lib/grid/text";

export const AGENT_RESULTS_MAX = 25;
const INT_MAX = 2_147_483_647;

/**
 * What an agent typed, as a WHERE: digits alone are a customer number and must match exactly (a
 * caller reads theirs from an invoice); anything else is part of an e-mail or name, which the
 * trigram indexes serve.
 */
export function agentSearchWhere(query: string): Prisma.CustomerUserWhereInput | null {
  const q = query.trim();
  if (!q) return null;
  if (/^\d+$/.test(q)) {
    const n = Number(q);
    return n <= INT_MAX ? { customerNumber: n } : null;
  }
  return { OR: [{ email: containsLower(q) }, { firstName: containsText(q) }, { lastName: containsText(q) }] };
}

export async function searchCustomersForAgent(query: string) {
  const where = agentSearchWhere(query);
  if (!where) return [];
  return prisma.customerUser.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: AGENT_RESULTS_MAX,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      customerNumber: true,
      enabled: true,
      confirmed: true,
      locked: true,
      lockedUntil: true,
      company: { select: { name: true } },
      website: { select: { name: true } },
    },
  });
}

export type AgentResult = Awaited<ReturnType<typeof searchCustomersForAgent>>[number];

/** One word for the state an agent must know before signing in: only an active user can be assisted. */
export function agentStatus(
  u: Pick<AgentResult, "enabled" | "confirmed" | "locked" | "lockedUntil">,
  now: Date,
): "active" | "disabled" | "locked" | "unconfirmed" {
  if (!u.enabled) return "disabled";
  if (u.locked || (u.lockedUntil && u.lockedUntil > now)) return "locked";
  return u.confirmed ? "active" : "unconfirmed";
}
