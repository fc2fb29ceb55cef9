import { afterAll } from "vitest";

if (!process.env.DATABASE_URL?.includes("test"))
  throw new Error("refusing to run integration tests against a database whose name lacks 'test'");

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
});
