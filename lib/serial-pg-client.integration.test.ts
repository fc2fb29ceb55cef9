import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { tag } from "@/tests/staff-fixtures";

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
    const t = tag();
    const en = await prisma.localization.upsert({ where: { code: "en" }, update: {}, create: { code: "en", name: "English" } });
    const site = await prisma.website.create({ data: { name: `Site ${t}`, code: `serial-${t}`, baseUrl: `http://serial-${t}.example.com/`, defaultLocalizationId: en.id } });
    const company = await prisma.company.create({ data: { name: `Serial ${t}`, websiteId: site.id } });
    const user = await prisma.customerUser.create({
      data: { email: `serial-${t}@example.com`, firstName: "Sera", lastName: t, companyId: company.id, websiteId: site.id, preferredLocalizationId: en.id, passwordHash: "x" },
    });

    const read = await prisma.$transaction((tx) =>
      tx.customerUser.findUnique({
        where: { id: user.id },
        select: { email: true, company: { select: { name: true } }, website: { select: { code: true } }, preferredLocalization: { select: { code: true } }, roles: true },
      }),
    );
    expect(read).toEqual({ email: `serial-${t}@example.com`, company: { name: `Serial ${t}` }, website: { code: `serial-${t}` }, preferredLocalization: { code: "en" }, roles: [] });
    await new Promise((r) => setImmediate(r));
    expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
  });
});
