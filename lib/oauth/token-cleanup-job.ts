import "server-only";

import { prisma } from "@/lib/db";
import { scheduledJob } from "@/lib/scheduled-job";

export const TOKEN_CLEANUP_QUEUE = "oauth-access-token-cleanup";

/** Revocation and introspection only need a token's row while it could still be presented. */
const KEEP_MS = 24 * 60 * 60_000;

/**
 * Deletes access token rows that expired more than a day ago, and signing keys retired as long ago
 * (no token they signed is alive). Idempotent.
 */
export async function deleteExpiredAccessTokens(now = new Date()): Promise<{ tokens: number; keys: number }> {
  const before = new Date(now.getTime() - KEEP_MS);
  const tokens = await prisma.oAuthAccessToken.deleteMany({ where: { expiresAt: { lt: before } } });
  const keys = await prisma.oAuthSigningKey.deleteMany({ where: { retiresAt: { lt: before } } });
  return { tokens: tokens.count, keys: keys.count };
}

/** Every hour, on pg-boss (one worker runs each occurrence). */
export const startTokenCleanupJob = scheduledJob({
  queue: TOKEN_CLEANUP_QUEUE,
  cron: "40 * * * *",
  name: "oauth-cleanup",
  run: async (log) => {
    const { tokens, keys } = await deleteExpiredAccessTokens();
    if (tokens || keys) log(`${tokens} expired access tokens and ${keys} retired signing keys removed`);
  },
});
