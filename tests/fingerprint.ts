import { prisma } from "@/lib/db";

/** A digest of every row of every table: equal before and after means nothing was written. */
export async function fingerprint(): Promise<string> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${tablename}" t`);
    parts.push(`${tablename}:${row?.digest}`);
  }
  return parts.join(",");
}
