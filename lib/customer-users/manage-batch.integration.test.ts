import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/audit/record";
import { writeChunk } from "@/lib/customer-import/run-users";
import type { Outcome } from "@/lib/customer-import/user-rules";
import { prisma, transaction } from "@/lib/db";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

import { createCustomerUsers, updateCustomerUsers } from "./manage-batch";
import type { CustomerUserFormValues } from "./schema";

/** A website offering one language, a company with its own role, and a run that the audit entries name. */
async function shop() {
  const t = tag();
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  const site = await prisma.website.create({
    data: {
      name: `Batch site ${t}`,
      code: `batch-${t}`,
      baseUrl: `http://batch-${t}.example.com`,
      defaultLocalizationId: en.id,
      localizations: { create: [{ localizationId: en.id }] },
    },
  });
  const company = await prisma.company.create({ data: { name: `Batch company ${t}`, websiteId: site.id } });
  const role = await prisma.customerRole.create({ data: { name: `Batch buyer ${t}`, companyId: company.id } });
  const { actor } = await makeAdmin();
  const importRun = await prisma.csvImport.create({
    data: {
      entity: "users",
      fileName: `batch-${t}.csv`,
      checksum: t,
      size: 0,
      content: Buffer.alloc(0),
      encoding: "utf-8",
      delimiter: ",",
      requestedByLabel: actor.label,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const run: Actor = { ...actor, importRunId: importRun.id };
  const form = (name: string, over: Partial<CustomerUserFormValues> = {}): CustomerUserFormValues => ({
    enabled: true,
    namePrefix: null,
    firstName: name,
    middleName: null,
    lastName: `Batch ${t}`,
    nameSuffix: null,
    email: `${name.toLowerCase()}-${t}@example.com`,
    birthday: null,
    phone: null,
    companyMode: "existing",
    companyId: company.id,
    newCompanyName: null,
    newCompanyParentId: null,
    salesRepId: null,
    websiteId: site.id,
    preferredLocalizationId: en.id,
    roleIds: [role.id],
    addresses: [],
    generatePassword: true,
    password: "",
    repeatPassword: "",
    sendWelcomeEmail: false,
    ...over,
  });
  return { t, site, company, role, run, form };
}

const imported = (values: CustomerUserFormValues) => ({ values, password: null, passwordHash: null, invite: false });
const usersOf = (websiteId: string) =>
  prisma.customerUser.findMany({
    where: { websiteId },
    orderBy: { firstName: "asc" },
    select: { id: true, firstName: true, lastName: true, email: true, roles: { select: { roleId: true } } },
  });

describe("customer users written as a batch", () => {
  it("writes the good forms and refuses the one with an unknown role, each audited with the run", async () => {
    const s = await shop();
    const { ids, refused } = await transaction((tx) =>
      createCustomerUsers(tx, s.run, [
        imported(s.form("Ann")),
        imported(s.form("Bob", { roleIds: [s.role.id, "no-such-role"] })),
        imported(s.form("Cid")),
      ]),
    );
    expect(refused.map((r) => r && { code: r.code, field: r.field })).toEqual([
      null,
      { code: "roleUnknown", field: "roleIds" },
      null,
    ]);
    expect(ids[1]).toBeNull();
    const users = await usersOf(s.site.id);
    expect(users.map((u) => [u.firstName, u.roles.map((r) => r.roleId)])).toEqual([
      ["Ann", [s.role.id]],
      ["Cid", [s.role.id]],
    ]);
    expect(users.map((u) => u.id).sort()).toEqual([ids[0], ids[2]].sort());
    const audit = await prisma.auditLog.findMany({
      where: { entity: "customer-user", entityId: { in: users.map((u) => u.id) } },
    });
    expect(audit.map((a) => [a.action, a.importRunId])).toEqual([
      ["create", s.run.importRunId],
      ["create", s.run.importRunId],
    ]);
    expect(audit.find((a) => a.entityId === ids[0])!.changes).toMatchObject({
      firstName: { before: null, after: "Ann" },
      roles: { before: null, after: [s.role.name] },
      website: { before: null, after: s.site.code },
    });
  });

  it("refuses an e-mail another user holds, in the database or earlier in the same batch, in any case", async () => {
    const s = await shop();
    await transaction((tx) => createCustomerUsers(tx, s.run, [imported(s.form("Dee"))]));
    const { refused } = await transaction((tx) =>
      createCustomerUsers(tx, s.run, [
        imported(s.form("Eve", { email: `DEE-${s.t}@Example.com` })),
        imported(s.form("Fay")),
        imported(s.form("Gus", { email: `fay-${s.t}@example.com` })),
      ]),
    );
    expect(refused.map((r) => r && { code: r.code, field: r.field })).toEqual([
      { code: "customerEmailTaken", field: "email" },
      null,
      { code: "customerEmailTaken", field: "email" },
    ]);
    expect((await usersOf(s.site.id)).map((u) => u.firstName)).toEqual(["Dee", "Fay"]);
  });

  it("updates the users it may and leaves a refused one as it was", async () => {
    const s = await shop();
    const { ids } = await transaction((tx) =>
      createCustomerUsers(tx, s.run, [imported(s.form("Hal")), imported(s.form("Ida"))]),
    );
    const [hal, ida] = ids as string[];
    const refused = await transaction((tx) =>
      updateCustomerUsers(tx, s.run, [
        { id: hal!, values: s.form("Hal", { lastName: "Renamed", roleIds: ["no-such-role"] }) },
        { id: ida!, values: s.form("Ida", { lastName: "Renamed" }) },
        { id: "no-such-user", values: s.form("Jo") },
        { id: `${hal}-gone`, values: s.form("Kim", { email: `ida-${s.t}@example.com` }) },
      ]),
    );
    expect(refused.map((r) => r?.code ?? null)).toEqual(["roleUnknown", null, "notFound", "notFound"]);
    expect((await usersOf(s.site.id)).map((u) => [u.firstName, u.lastName, u.roles.length])).toEqual([
      ["Hal", `Batch ${s.t}`, 1],
      ["Ida", "Renamed", 1],
    ]);
    const updates = await prisma.auditLog.findMany({
      where: { entity: "customer-user", action: "update", entityId: { in: [hal!, ida!] } },
    });
    expect(updates.map((a) => [a.entityId, a.importRunId, a.changes])).toEqual([
      [ida, s.run.importRunId, { lastName: { before: `Batch ${s.t}`, after: "Renamed" } }],
    ]);
  });

  it("loses no row of a chunk when another writer takes one of its e-mails meanwhile", async () => {
    const s = await shop();
    const create = (name: string, line: number): Outcome => ({
      row: line - 2,
      line,
      kind: "create",
      values: s.form(name),
      changes: [],
    });
    // another writer inserts Lou's address and commits only once the chunk is waiting on it
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((r) => (inserted = r));
    const other = prisma.$transaction(
      async (tx) => {
        await tx.customerUser.create({
          data: {
            email: `lou-${s.t}@example.com`,
            firstName: "Other",
            lastName: "Writer",
            companyId: s.company.id,
            websiteId: s.site.id,
          },
        });
        inserted();
        await held;
      },
      { timeout: 30_000 },
    );
    await insertedYet;
    const chunk = transaction(
      (tx) => writeChunk(tx, s.run, s.run.importRunId!, [create("Kay", 2), create("Lou", 3), create("May", 4)], false),
      { timeout: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 500));
    release();
    await other;
    const written = await chunk;
    expect(written.counts).toMatchObject({ created: 2, errors: 1 });
    expect(written.errors).toEqual([
      { row: 1, line: 3, error: { column: null, message: { key: "errors.customerEmailTaken" } } },
    ]);
    expect((await usersOf(s.site.id)).map((u) => u.firstName)).toEqual(["Kay", "May", "Other"]);
  });
});
