import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { deleteExpiredAccessTokens } from "@/lib/oauth/token-cleanup-job";
import { makeApiClient } from "@/tests/oauth-fixtures";
import { tag } from "@/tests/staff-fixtures";

describe("the OAuth token clean-up", () => {
  it("deletes token rows expired more than a day ago and keeps the others", async () => {
    const c = await makeApiClient();
    const now = new Date();
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 60 * 60_000);
    const rows = { old: at(25), recent: at(23), live: at(-0.25) };
    for (const [name, expiresAt] of Object.entries(rows))
      await prisma.oAuthAccessToken.create({
        data: { jti: `${name}-${tag()}`, applicationId: c.app.id, scopes: [], issuedAt: at(26), expiresAt },
      });
    const { tokens } = await deleteExpiredAccessTokens(now);
    expect(tokens).toBeGreaterThanOrEqual(1);
    const left = await prisma.oAuthAccessToken.findMany({ where: { applicationId: c.app.id }, select: { jti: true } });
    expect(left.map((r) => r.jti.split("-")[0]).sort()).toEqual(["live", "recent"]);
  });
});
