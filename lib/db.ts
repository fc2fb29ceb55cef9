import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { outageLog } from "./db-outage";
import { env } from "./env";
import { Prisma, PrismaClient } from "./generated/prisma/client";
import { SerialPgClient } from "./serial-pg-client";

function createClient() {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, Client: SerialPgClient });
  // PostgreSQL closing idle connections (restart, failover) is logged once; the pool drops them and
  // the next query connects anew, so requests work again as soon as the database does
  const outage = outageLog((line) => console.error(`[db] ${line}`));
  pool.on("error", (e) => outage.failure(e, "idle connection error"));
  // a connection PostgreSQL closes while it is checked out but between queries (inside a transaction,
  // say) reports on the connection itself, where the pool does not listen: without this listener that
  // error would be unhandled and end the process
  pool.on("connect", (client) => {
    outage.recovered();
    client.on("error", (e) => outage.failure(e, "connection error"));
  });
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // secrets are never selected unless a query asks for them by name
    omit: {
      staffUser: { passwordHash: true },
      customerUser: { passwordHash: true },
      customerPasswordResetToken: { tokenHash: true },
      passwordHistory: { passwordHash: true },
      emailMessage: { sealed: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const prisma = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

type RawFailure = { driverAdapterError?: { cause?: { kind?: string } } };

/** A unique constraint refused the write: from a model query (P2002) or from raw SQL (P2010, as the driver says). */
export function isUniqueViolation(e: unknown): e is Prisma.PrismaClientKnownRequestError {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (e.code === "P2002") return true;
  return e.code === "P2010" && (e.meta as RawFailure)?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

const ambient = new AsyncLocalStorage<Tx>();

/**
 * Runs `fn` in a database transaction. Inside a unit of work (`unitOfWork`) it joins that
 * transaction instead of opening a second one, so that a storefront action taken while
 * impersonating is written and audited in one commit, whatever services it calls.
 */
export function transaction<T>(fn: (tx: Tx) => Promise<T>, options?: Parameters<Db["$transaction"]>[1]): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return fn(outer);
  return prisma.$transaction((tx) => ambient.run(tx, () => fn(tx)), options);
}

/** Opens the transaction that every `transaction` call made inside `fn` joins. */
export function unitOfWork<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(fn, { timeout: 15_000 });
}
