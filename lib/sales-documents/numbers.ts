import "server-only";

import type { Tx } from "@/lib/db";

/** "SO-000042" from a sequence: unique across concurrent transactions without a lock on the table. */
export async function nextNumber(
  tx: Tx,
  sequence: "order_number_seq" | "quote_number_seq",
  prefix: string,
): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT nextval('"${sequence}"') AS n`);
  return `${prefix}-${String(row!.n).padStart(6, "0")}`;
}
