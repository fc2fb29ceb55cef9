import "server-only";

import { prisma } from "@/lib/db";

/** How a run ended, for its requester's notice. */
const ENDED = ["DONE", "CANCELLED", "FAILED"] as const;

/**
 * The requester's own imports that ended since they last looked at them (newest first, a few at
 * most): what the back office's notice shows until the import's page is opened or Dismiss is pressed.
 */
export function unseenEndedImports(staffId: string) {
  return prisma.csvImport.findMany({
    where: { requestedById: staffId, seenAt: null, status: { in: [...ENDED] }, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    take: 5,
    select: {
      id: true,
      fileName: true,
      status: true,
      committedRows: true,
      created: true,
      updated: true,
      unchanged: true,
      errors: true,
    },
  });
}

/**
 * The requester has seen how their import ended (opened its page, or dismissed the notice). Anyone
 * else's run, or one still running, is left as it is.
 */
export async function markImportSeen(staffId: string, id: string): Promise<void> {
  await prisma.csvImport.updateMany({
    where: { id, requestedById: staffId, seenAt: null, status: { in: [...ENDED] } },
    data: { seenAt: new Date() },
  });
}
