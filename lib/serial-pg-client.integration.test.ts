import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";

describe("queries inside a transaction", () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  beforeEach(() => {
    warnings.length = 0;
    process.on("warning", onWarning);
  });
  afterEach(() => {
    process.off("warning", onWarning);
  });

  it("load sibling relations one after the other on the transaction's connection, with the right rows", async () => {
    const { t, lang, user } = await makeCustomerUser();

    const read = await prisma.$transaction((tx) =>
      tx.customerUser.findUnique({
        where: { id: user.id },
        select: {
          email: true,
          company: { select: { name: true } },
          website: { select: { code: true } },
          preferredLocalization: { select: { code: true } },
          roles: true,
        },
      }),
    );
    expect(read).toEqual({
      email: `cu-${t}@example.com`,
      company: { name: `Child ${t}` },
      website: { code: `site-${t}` },
      preferredLocalization: { code: lang.code },
      roles: [],
    });
    await new Promise((r) => setImmediate(r));
    expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
  });
});
