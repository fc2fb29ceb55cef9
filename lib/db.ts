import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { SerialPgClient } from "./serial-pg-client";
import { Prisma, PrismaClient } from "./generated/prisma/client";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX, Client: SerialPgClient }),
    // secrets are never selected unless a query asks for them by name
    omit: {
      staffUser: { passwordHash: true }, customerUser: { passwordHash: true },
      customerPasswordResetToken: { tokenHash: true }, passwordHistory: { passwordHash: true }, emailMessage: { sealed: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const prisma = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export function isUniqueViolation(e: unknown): e is Prisma.PrismaClientKnownRequestError {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
