import { prisma } from "@/lib/db";

/**
 * A digest of every row of every table: equal before and after means nothing was written. `except`
 * leaves tables out whose rows change on their own while a test runs (a session's last-seen time).
 */
export async function fingerprint({ except = [] }: { except?: string[] } = {}): Promise<string> {
  const tables = await prisma.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    if (except.includes(tablename)) continue;
    const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${tablename}" t`,
    );
    parts.push(`${tablename}:${row?.digest}`);
  }
  return parts.join(",");
}

/**
 * The next transaction id PostgreSQL will hand out. Every write takes one, so when it has not moved
 * nothing was written (a cheap check before the full fingerprint; a rolled-back write moves it too).
 */
export async function nextTransactionId(): Promise<string> {
  const [row] = await prisma.$queryRaw<
    { xmax: string }[]
  >`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`;
  return row!.xmax;
}
