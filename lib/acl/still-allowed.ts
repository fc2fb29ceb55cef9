import "server-only";

import { prisma } from "@/lib/db";

import { staffRules } from "./effective-rules";
import { isAllowed } from "./evaluate";
import type { Permission } from "./resources";

/**
 * Whether a staff user, as they stand now, is active and holds every one of `permissions`: what a
 * background run checks before it acts on its requester's authority, long after the request, with
 * the rules a server action of theirs would be judged by (the session's `can`).
 */
export async function staffMayStill(staffId: string | null, permissions: readonly Permission[]): Promise<boolean> {
  if (!staffId) return false;
  const user = await prisma.staffUser.findUnique({ where: { id: staffId }, select: { status: true } });
  if (user?.status !== "ACTIVE") return false;
  const rules = await staffRules(prisma, staffId);
  return permissions.every((p) => isAllowed(rules, p));
}
