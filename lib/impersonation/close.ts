import "server-only";

import type { Tx } from "@/lib/db";
import type { ImpersonationEndReason, Prisma } from "@/lib/generated/prisma/client";

/**
 * Closes the open sessions a change has just made unusable, in the change's own transaction, so the
 * log says at once how they ended. The storefront's per-request check would end them anyway.
 */
export async function closeSessions(
  tx: Tx,
  where: Prisma.ImpersonationSessionWhereInput,
  reason: ImpersonationEndReason,
): Promise<void> {
  await tx.impersonationSession.updateMany({
    where: { ...where, endedAt: null },
    data: { endedAt: new Date(), endReason: reason, startTokenHash: null },
  });
}
