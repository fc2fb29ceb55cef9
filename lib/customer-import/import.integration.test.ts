import { stringify } from "csv-stringify/sync";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { allow, deny, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { translateMessage, type RowMessage } from "./messages";
import { errorReport } from "./report";
import { uploadRoute } from "./routes";
import { runImport } from "./run";
import { startImport, uploadImport, validateImport, type ValidationRow } from "./service";
import { startImportAction, undoImportAction, validateImportAction } from "./staff-actions";
import { requestUndo, runUndo, skippedLines } from "./undo";

const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.40" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  const { openSession } = await import("@/lib/identity/session-store");
  const signedIn = async (id: string) =>
    real.loadStaffSession(id, 1, await openSession({ staffUserId: id }, { ip: "192.0.2.41", userAgent: "x" }, 3600));
  return { ...real, currentStaff: async () => (session.id ? signedIn(session.id) : null) };
});

const t = createTranslator({ locale: "en", messages }) as unknown as (k: string, v?: Record<string, unknown>) => string;
const say = (m: RowMessage) => translateMessage(t as never, m);
const HEAD = [
  "ID",
  "First Name",
  "Last Name",
  "Birthday",
  "Email Address",
  "Customer Id",
  "Roles 1 Role",
  "Enabled",
  "Website Id",
  "Preferred Language",
  "Sales Representative Email",
];

/** A website offering its language, a company, a predefined role of this test, an admin and one stored user. */
async function world() {
  const base = await makeCustomerUser({ birthday: new Date("1980-05-05T00:00:00Z") });
  await prisma.websiteLocalization.create({ data: { websiteId: base.website.id, localizationId: base.lang.id } });
  const role = await prisma.customerRole.create({ data: { name: `Buyer ${base.t}` } });
  await prisma.customerUserRole.create({ data: { customerUserId: base.user.id, roleId: role.id } });
  const admin = await makeAdmin();
  return { ...base, role, admin };
}
type World = Awaited<ReturnType<typeof world>>;

const csv = (rows: string[][], delimiter = ",") =>
  Buffer.from(stringify([HEAD, ...rows], { delimiter, record_delimiter: "\r\n" }));
const row = (w: World, v: Partial<Record<(typeof HEAD)[number], string>>) =>
  HEAD.map(
    (h) => v[h] ?? ({ "Website Id": w.website.id, "Customer Id": w.company.id } as Record<string, string>)[h] ?? "",
  );

async function validated(w: World, bytes: Buffer) {
  const { id } = await uploadImport(w.admin.actor, { entity: "users", fileName: "users.csv", bytes, invite: false });
  const v = await validateImport(id, 2);
  const imp = await prisma.csvImport.findUniqueOrThrow({ where: { id } });
  return { id, v, checksum: imp.checksum };
}
const byLine = (rows: ValidationRow[], line: number) => rows.find((r) => r.line === line);

describe("CSV import of customer users: the rules", () => {
  it("matches by ID, else by website and e-mail in any case; an empty cell keeps the stored value", async () => {
    const w = await world();
    const email = `NEW-${w.t}@Example.com`;
    const { v } = await validated(
      w,
      csv([
        row(w, { ID: w.user.id, "Last Name": "Renamed" }),
        row(w, { "Email Address": w.user.email.toUpperCase(), "First Name": "" }),
        row(w, { "First Name": "Neu", "Last Name": "Kunde", "Email Address": email, "Roles 1 Role": `buyer ${w.t}` }),
      ]),
    );
    expect(v).toMatchObject({ read: 3, create: 1, update: 1, unchanged: 1, error: 0 });
    expect(byLine(v.rows, 2)).toMatchObject({
      kind: "update",
      changes: [{ column: "Last Name", before: w.user.lastName, after: "Renamed" }],
    });
    expect(byLine(v.rows, 3)).toBeUndefined(); // unchanged rows are counted, not listed
    expect(byLine(v.rows, 4)).toMatchObject({ kind: "create" });
    // nothing was written by the dry run
    expect(await prisma.customerUser.findUnique({ where: { id: w.user.id } })).toMatchObject({
      lastName: w.user.lastName,
    });
    expect(await prisma.customerUser.count({ where: { email: email.toLowerCase() } })).toBe(0);
  });

  it("reports each broken rule at its line and column, duplicates naming each other's lines", async () => {
    const w = await world();
    const dup = `dup-${w.t}@example.com`;
    const ok = (n: string) => ({
      "First Name": "A",
      "Last Name": "B",
      "Email Address": `${n}-${w.t}@example.com`,
      "Roles 1 Role": `Buyer ${w.t}`,
    });
    const { v } = await validated(
      w,
      csv([
        row(w, { ...ok("a"), "Email Address": dup }),
        row(w, { ...ok("b"), "Roles 1 Role": "" }),
        row(w, { ...ok("c"), "Email Address": dup.toUpperCase() }),
        row(w, { ...ok("d"), "Customer Id": "nope" }),
        row(w, { ...ok("e"), "Roles 1 Role": "Nobody" }),
        row(w, { ...ok("f"), "Website Id": "nope" }),
        row(w, { ...ok("g"), "Sales Representative Email": "ghost@example.com" }),
        row(w, { ...ok("h"), "Preferred Language": "xx" }),
        row(w, { ...ok("i"), "Email Address": "not-an-email" }),
        row(w, { ...ok("j"), Birthday: "2023-02-30" }),
        row(w, { ...ok("k"), ID: "no-such-id" }),
      ]),
    );
    expect(v.error).toBe(11);
    const first = (line: number) => {
      const e = byLine(v.rows, line)!.errors![0]!;
      return `${e.column}: ${say(e.message)}`;
    };
    expect(first(2)).toBe("Email Address: This e-mail address is also on line(s) 4 of the file.");
    expect(first(4)).toBe("Email Address: This e-mail address is also on line(s) 2 of the file.");
    expect(first(3)).toBe(`Roles 1 Role: ${t("errors.roleRequiredWhenEnabled")}`);
    expect(first(5)).toBe('Customer Id: No customer "nope".');
    expect(first(6)).toBe('Roles 1 Role: No role "Nobody" for this customer.');
    expect(first(7)).toBe('Website Id: No website "nope".');
    expect(first(8)).toBe('Sales Representative Email: No active staff user "ghost@example.com".');
    expect(first(9)).toBe('Preferred Language: The website offers no language "xx".');
    expect(first(10)).toBe(`Email Address: ${t("errors.emailInvalid")}`);
    expect(first(11)).toBe(`Birthday: ${t("errors.dateInvalid")}`);
    expect(first(12)).toBe('ID: No customer user with the ID "no-such-id".');
  });
});

describe("CSV import of customer users: the run", () => {
  it("refuses to import a file other than the one validated, and one never validated", async () => {
    const w = await world();
    const { id, checksum } = await validated(w, csv([row(w, { ID: w.user.id, "Last Name": "X" })]));
    await expect(startImport(w.admin.actor, id, "f".repeat(64))).rejects.toThrow(DomainError);
    const other = await uploadImport(w.admin.actor, {
      entity: "users",
      fileName: "b.csv",
      bytes: csv([row(w, { ID: w.user.id })]),
      invite: false,
    });
    const otherSum = (await prisma.csvImport.findUniqueOrThrow({ where: { id: other.id } })).checksum;
    await expect(startImport(w.admin.actor, other.id, otherSum)).rejects.toThrow("csvImportNotValidated");
    await startImport(w.admin.actor, id, checksum);
    expect((await prisma.csvImport.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");
  });

  it("imports through the form's service in chunks, names the run in every audit entry, and mails the requester", async () => {
    const w = await world();
    const rows = [
      row(w, { ID: w.user.id, "First Name": "Changed" }),
      ...[1, 2, 3].map((i) =>
        row(w, {
          "First Name": `N${i}`,
          "Last Name": "L",
          "Email Address": `n${i}-${w.t}@example.com`,
          "Roles 1 Role": `Buyer ${w.t}`,
        }),
      ),
      row(w, { "First Name": "Bad", "Last Name": "L", "Email Address": "bad" }),
    ];
    const { id, checksum } = await validated(w, csv(rows));
    await startImport(w.admin.actor, id, checksum);
    expect(await runImport(id, { chunkRows: 2 })).toBe("done");
    const imp = await prisma.csvImport.findUniqueOrThrow({ where: { id } });
    expect(imp).toMatchObject({ status: "DONE", committedRows: 5, created: 3, updated: 1, unchanged: 0, errors: 1 });
    expect(await prisma.csvImportChunk.count({ where: { importId: id } })).toBe(3);
    const created = await prisma.customerUser.findMany({
      where: { email: { startsWith: "n", endsWith: `-${w.t}@example.com` } },
    });
    expect(created).toHaveLength(3);
    expect(created.every((u) => u.passwordStatus === "RESET" && u.confirmed)).toBe(true);
    const audits = await prisma.auditLog.findMany({ where: { importRunId: id, entity: "customer-user" } });
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "create", "create", "update"]);
    expect(
      await prisma.emailMessage.count({ where: { idempotencyKey: `csv-import:${id}:done`, to: w.admin.user.email } }),
    ).toBe(1);

    // the error report: the original row with an error column
    const report = await errorReport(id, t as never);
    const text = await new Response(report!.body).text();
    expect(text).toContain(`Bad,L,,bad`);
    expect(text).toContain(`Line 6: Email Address: ${t("errors.emailInvalid")}`);
  });

  it("resumes after a crash from the last committed chunk without importing a row twice", async () => {
    const w = await world();
    const rows = [1, 2, 3, 4, 5].map((i) =>
      row(w, {
        "First Name": `R${i}`,
        "Last Name": "L",
        "Email Address": `r${i}-${w.t}@example.com`,
        "Roles 1 Role": `Buyer ${w.t}`,
      }),
    );
    const { id, checksum } = await validated(w, csv(rows));
    await startImport(w.admin.actor, id, checksum);
    await expect(runImport(id, { chunkRows: 2, crashAfterChunks: 1 })).rejects.toThrow("simulated crash");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RUNNING",
      committedRows: 2,
    });
    // a live worker's run is not taken over; one whose heartbeat stopped is
    expect(await runImport(id, { chunkRows: 2 })).toBe("skipped");
    await prisma.csvImport.update({ where: { id }, data: { heartbeatAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await runImport(id, { chunkRows: 2 })).toBe("done");
    expect(
      await prisma.customerUser.count({ where: { email: { endsWith: `-${w.t}@example.com`, startsWith: "r" } } }),
    ).toBe(5);
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ created: 5, committedRows: 5 });
  });

  it("gives a run that keeps failing up after three attempts: FAILED with its reason, audited, the requester mailed", async () => {
    const w = await world();
    const rows = [1, 2, 3].map((i) =>
      row(w, { "First Name": `F${i}`, "Last Name": "L", "Email Address": `f${i}-${w.t}@example.com` }),
    );
    const { id, checksum } = await validated(w, csv(rows));
    await startImport(w.admin.actor, id, checksum);
    const stale = () =>
      prisma.csvImport.update({ where: { id }, data: { heartbeatAt: new Date(Date.now() - 10 * 60_000) } });
    // the first attempt commits a chunk, then fails; so does the second, before committing any: the queue retries
    await expect(runImport(id, { chunkRows: 2, crashAfterChunks: 1 })).rejects.toThrow("simulated crash");
    await stale();
    await expect(runImport(id, { chunkRows: 2, crashAfterChunks: 0 })).rejects.toThrow("simulated crash");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RUNNING",
      attempts: 2,
    });
    // the third in a row without progress is the last
    await stale();
    expect(await runImport(id, { chunkRows: 2, crashAfterChunks: 0 })).toBe("failed");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      failure: "error",
      committedRows: 2,
    });
    const fails = await prisma.auditLog.findMany({ where: { entity: "csv-import", entityId: id, action: "fail" } });
    expect(fails.map((f) => f.changes)).toMatchObject([
      { status: { after: "FAILED" }, reason: { after: "error" }, error: { after: "simulated crash" } },
    ]);
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { idempotencyKey: `csv-import:${id}:failed` } });
    expect(mail).toMatchObject({ to: w.admin.user.email, subject: "Import failed: users.csv" });
    expect(mail.text).toContain(t("customerImport.failure.error"));
    // no sweep hands it out again
    await stale();
    expect(await runImport(id, { chunkRows: 2 })).toBe("skipped");
  });

  it("gives up on a run whose workers keep dying without a word", async () => {
    const w = await world();
    const { id, checksum } = await validated(w, csv([row(w, { ID: w.user.id, "Last Name": "Never" })]));
    await startImport(w.admin.actor, id, checksum);
    await prisma.csvImport.update({
      where: { id },
      data: { status: "RUNNING", attempts: 3, heartbeatAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect(await runImport(id)).toBe("failed");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      failure: "stopped",
      committedRows: 0,
    });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).lastName).toBe(w.user.lastName);
  });

  it("undoes a run: restores changed users, disables created ones, skips and lists users edited since", async () => {
    const w = await world();
    const other = await prisma.customerUser.create({
      data: {
        companyId: w.company.id,
        websiteId: w.website.id,
        email: `o-${w.t}@example.com`,
        firstName: "O",
        lastName: "Before",
        roles: { create: { roleId: w.role.id } },
      },
    });
    const { id, checksum } = await validated(
      w,
      csv([
        row(w, { ID: w.user.id, "Last Name": "During" }),
        row(w, { ID: other.id, "Last Name": "During" }),
        row(w, {
          "First Name": "New",
          "Last Name": "L",
          "Email Address": `u-${w.t}@example.com`,
          "Roles 1 Role": `Buyer ${w.t}`,
        }),
      ]),
    );
    await startImport(w.admin.actor, id, checksum);
    await runImport(id);
    // someone edits the second user after the run
    const { updateCustomerUser } = await import("@/lib/customer-users/manage");
    const { customerUserForEdit } = await import("@/lib/customer-users/form-data");
    const { customerUserFormSchema } = await import("@/lib/customer-users/schema");
    const form = (await customerUserForEdit(other.id, () => true))!.defaults;
    await new Promise((r) => setTimeout(r, 5));
    await updateCustomerUser(
      w.admin.actor,
      other.id,
      customerUserFormSchema(t as never, "edit").parse({ ...form, lastName: "Edited" }),
    );

    session.id = w.admin.user.id;
    expect(await undoImportAction({ id })).toEqual({ ok: true });
    // queued for the worker: nothing changed yet
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      undoStatus: "QUEUED",
      undoTotal: 3,
      undoDone: 0,
    });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).lastName).toBe("During");
    expect(await runUndo(id, 2)).toBe("done");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "UNDONE",
      undoStatus: "DONE",
      undoDone: 3,
      undoRestored: 1,
      undoDisabled: 1,
      undoSkipped: 1,
    });
    expect(await skippedLines(id)).toEqual([3]);
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).lastName).toBe(w.user.lastName);
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: other.id } })).lastName).toBe("Edited");
    expect((await prisma.customerUser.findFirstOrThrow({ where: { email: `u-${w.t}@example.com` } })).enabled).toBe(
      false,
    );
    expect(await prisma.auditLog.count({ where: { entity: "csv-import", entityId: id, action: "undo" } })).toBe(1);
    // whoever asked for the undo is told how it ended
    const undoMail = await prisma.emailMessage.findMany({
      where: { idempotencyKey: { startsWith: `csv-import:${id}:undo` } },
    });
    expect(undoMail).toHaveLength(1);
    expect(undoMail[0]).toMatchObject({ to: w.admin.user.email, subject: "Import undone: users.csv" });
    expect(undoMail[0]!.text).toContain(
      "1 users restored to their previous values, 1 created users disabled, 1 skipped",
    );
    await expect(requestUndo(w.admin.actor, id)).rejects.toThrow("csvImportNotUndoable");
    expect(await runUndo(id)).toBe("skipped");
  });
});

describe("CSV import permissions", () => {
  it("refuses without the import permission, and running an import without create and edit", async () => {
    const w = await world();
    const { id, checksum } = await validated(w, csv([row(w, { ID: w.user.id, "Last Name": "Y" })]));
    for (const [lacking, action] of [
      ["import", () => validateImportAction({ id })],
      ["create", () => startImportAction({ id, checksum })],
      ["edit", () => startImportAction({ id, checksum })],
    ] as const) {
      const role = await makeRole(`No ${lacking} ${tag()}`, [
        allow("*", "*", "*"),
        deny("customers", "customer-user", lacking),
      ]);
      session.id = (await makeStaff([(await makeGroup(`No ${lacking} ${tag()}`, [role.id])).id])).id;
      expect(await action()).toEqual({ ok: false, message: "You do not have the permission to do this." });
    }
    expect((await prisma.csvImport.findUniqueOrThrow({ where: { id } })).status).toBe("VALIDATED");
  });
});

describe("CSV import runs with the requester's authority as it stands", () => {
  const usersCsv = (w: World, prefix: string) =>
    csv(
      [1, 2, 3, 4].map((i) =>
        row(w, {
          "First Name": `${prefix}${i}`,
          "Last Name": "L",
          "Email Address": `${prefix}${i}-${w.t}@example.com`,
          "Roles 1 Role": `Buyer ${w.t}`,
        }),
      ),
    );
  const imported = (w: World, prefix: string) =>
    prisma.customerUser.count({ where: { email: { startsWith: prefix, endsWith: `-${w.t}@example.com` } } });

  /** The run ends FAILED as forbidden, with the rows committed before. */
  async function expectStoppedAt(id: string, committedRows: number) {
    expect(await runImport(id, { chunkRows: 2 })).toBe("failed");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      failure: "forbidden",
      committedRows,
    });
  }

  it("stops before writing anything when the requester was deactivated after asking", async () => {
    const w = await world();
    const { id, checksum } = await validated(w, usersCsv(w, "d"));
    await startImport(w.admin.actor, id, checksum);
    await prisma.staffUser.update({ where: { id: w.admin.user.id }, data: { status: "DEACTIVATED" } });
    await expectStoppedAt(id, 0);
    expect(await imported(w, "d")).toBe(0);
    expect(await prisma.auditLog.count({ where: { entity: "csv-import", entityId: id, action: "fail" } })).toBe(1);
    // a deactivated staff member gets no more mail
    expect(await prisma.emailMessage.count({ where: { idempotencyKey: { startsWith: `csv-import:${id}:` } } })).toBe(0);
  });

  it("stops at the next chunk when the requester loses a permission the import needs", async () => {
    const w = await world();
    const { id, checksum } = await validated(w, usersCsv(w, "p"));
    await startImport(w.admin.actor, id, checksum);
    await expect(runImport(id, { chunkRows: 2, crashAfterChunks: 1 })).rejects.toThrow("simulated crash");
    await prisma.staffRule.create({
      data: { roleId: w.admin.role.id, area: "customers", resource: "customer-user", action: "create", effect: "DENY" },
    });
    await prisma.csvImport.update({ where: { id }, data: { heartbeatAt: new Date(Date.now() - 10 * 60_000) } });
    await expectStoppedAt(id, 2);
    expect(await imported(w, "p")).toBe(2);
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { idempotencyKey: `csv-import:${id}:failed` } });
    expect(mail.text).toContain(t("customerImport.failure.forbidden"));
  });
});

describe("CSV import undo on the worker", () => {
  /** A finished run that changed the stored user and created two. */
  async function finishedRun(w: World) {
    const { id, checksum } = await validated(
      w,
      csv([
        row(w, { ID: w.user.id, "Last Name": "During" }),
        ...[1, 2].map((i) =>
          row(w, {
            "First Name": `U${i}`,
            "Last Name": "L",
            "Email Address": `u${i}-${w.t}@example.com`,
            "Roles 1 Role": `Buyer ${w.t}`,
          }),
        ),
      ]),
    );
    await startImport(w.admin.actor, id, checksum);
    expect(await runImport(id)).toBe("done");
    return id;
  }
  const enabledOfCreated = async (w: World) =>
    (
      await prisma.customerUser.findMany({
        where: { email: { startsWith: "u", endsWith: `-${w.t}@example.com` } },
        orderBy: { email: "asc" },
      })
    ).map((u) => u.enabled);

  it("resumes after a stopped worker at the first change not yet taken back", async () => {
    const w = await world();
    const id = await finishedRun(w);
    await requestUndo(w.admin.actor, id);
    // a worker took back the first change (the stored user, line 2), saved it, and died
    const first = await prisma.csvImportChange.findFirstOrThrow({ where: { importId: id, line: 2 } });
    await prisma.csvImportChange.update({ where: { id: first.id }, data: { undone: "restored" } });
    await prisma.csvImport.update({
      where: { id },
      data: { undoStatus: "RUNNING", undoDone: 1, undoRestored: 1, heartbeatAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect(await runUndo(id, 1)).toBe("done");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "UNDONE",
      undoDone: 3,
      undoRestored: 1,
      undoDisabled: 2,
    });
    // the change marked done was not worked again
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).lastName).toBe("During");
    expect(await enabledOfCreated(w)).toEqual([false, false]);
  });

  it("stops as FAILED when the one who asked may no longer run imports, and resumes when asked again", async () => {
    const w = await world();
    const id = await finishedRun(w);
    const asker = await makeAdmin();
    await requestUndo(asker.actor, id);
    await prisma.staffRule.create({
      data: { roleId: asker.role.id, area: "customers", resource: "customer-user", action: "edit", effect: "DENY" },
    });
    expect(await runUndo(id)).toBe("failed");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      undoStatus: "FAILED",
      undoFailure: "forbidden",
      undoDone: 0,
    });
    expect(await enabledOfCreated(w)).toEqual([true, true]);
    const fails = await prisma.auditLog.findMany({ where: { entity: "csv-import", entityId: id, action: "fail" } });
    expect(fails.map((f) => f.changes)).toMatchObject([{ reason: { after: "forbidden" } }]);
    // the asker is told why it stopped
    const failedMail = () =>
      prisma.emailMessage.findMany({ where: { idempotencyKey: { startsWith: `csv-import:${id}:undoFailed` } } });
    expect(await failedMail()).toHaveLength(1);
    expect((await failedMail())[0]).toMatchObject({ to: asker.user.email });
    expect((await failedMail())[0]!.text).toContain(t("customerImport.undoFailure.forbidden"));
    // someone who may asks again: the undo goes on
    await requestUndo(w.admin.actor, id);
    expect(await runUndo(id)).toBe("done");
    expect(await enabledOfCreated(w)).toEqual([false, false]);
    // nothing was changed with the authority the first asker had lost
    expect(
      await prisma.auditLog.count({ where: { importRunId: id, actorStaffId: asker.user.id, entity: "customer-user" } }),
    ).toBe(0);
  });
});

describe("CSV import of addresses", () => {
  it("adds and changes a user's addresses through the user's form, reports unknown users, and undoes", async () => {
    const w = await world();
    await prisma.customerAddress.create({
      data: {
        customerUserId: w.user.id,
        label: "HQ",
        street: "Old St 1",
        city: "Berlin",
        postalCode: "10115",
        country: "DE",
        billing: true,
      },
    });
    const head = [
      "Customer User ID",
      "Email Address",
      "Label",
      "Street",
      "City",
      "Postal Code",
      "Country",
      "Billing",
      "Shipping",
    ];
    const bytes = Buffer.from(
      stringify(
        [
          head,
          [w.user.id, "", "HQ", "", "Köln", "", "", "", ""],
          ["", w.user.email.toUpperCase(), "Depot", "Hafen 2", "Hamburg", "20457", "de", "0", "1"],
          ["", `nobody-${w.t}@example.com`, "X", "Y 1", "Z", "1", "DE", "1", "1"],
        ],
        { delimiter: ";" },
      ),
    );
    const { id } = await uploadImport(w.admin.actor, { entity: "addresses", fileName: "a.csv", bytes, invite: false });
    const v = await validateImport(id);
    expect(v).toMatchObject({ read: 3, create: 1, update: 1, error: 1 });
    expect(byLine(v.rows, 2)).toMatchObject({
      kind: "update",
      changes: [{ column: "City", before: "Berlin", after: "Köln" }],
    });
    expect(say(byLine(v.rows, 4)!.errors![0]!.message)).toBe(`No customer user "nobody-${w.t}@example.com".`);
    const { checksum } = await prisma.csvImport.findUniqueOrThrow({ where: { id } });
    await startImport(w.admin.actor, id, checksum);
    expect(await runImport(id)).toBe("done");
    const stored = await prisma.customerAddress.findMany({
      where: { customerUserId: w.user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(stored.map((a) => [a.label, a.city, a.country, a.shipping])).toEqual([
      ["HQ", "Köln", "DE", false],
      ["Depot", "Hamburg", "DE", true],
    ]);
    await requestUndo(w.admin.actor, id);
    expect(await runUndo(id)).toBe("done");
    expect(await prisma.csvImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      undoRestored: 1,
      undoSkipped: 0,
    });
    const after = await prisma.customerAddress.findMany({ where: { customerUserId: w.user.id } });
    expect(after.map((a) => [a.label, a.city])).toEqual([["HQ", "Berlin"]]);
  });
});

const ORIGIN = "http://localhost:3000";
const MB = 1024 * 1024;

/** The upload form's multipart body as the browser sends it, optionally as a stream of unannounced length. */
async function uploadRequest(fileName: string, bytes: number, opts: { origin?: string; streamed?: boolean } = {}) {
  const line = "ID,First Name,Last Name,Email Address\n";
  const form = new FormData();
  form.set("entity", "users");
  form.set("file", new File([line, ",A,B,a@example.com\n".padEnd(Math.max(bytes - line.length, 1), " ")], fileName));
  const sent = new Request(`${ORIGIN}/admin/customer-users/import/upload`, { method: "POST", body: form });
  const body = opts.streamed ? sent.body : await sent.arrayBuffer();
  return new Request(sent.url, {
    method: "POST",
    body,
    headers: {
      "content-type": sent.headers.get("content-type")!,
      host: "localhost:3000",
      origin: opts.origin ?? ORIGIN,
    },
    ...(opts.streamed ? { duplex: "half" } : {}),
  } as RequestInit);
}

const stored = (fileName: string) => prisma.csvImport.count({ where: { fileName } });

describe("the import's upload route", () => {
  afterEach(async () => {
    await prisma.systemSetting.deleteMany({ where: { key: "csvImportMaxMegabytes" } });
  });

  it("stores a file within the limit and opens its run", async () => {
    const admin = await makeAdmin();
    session.id = admin.user.id;
    const name = `fits-${tag()}.csv`;
    const response = await uploadRoute()(await uploadRequest(name, 2 * MB));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/admin\/customer-users\/import\/[\w-]+$/);
    expect(await stored(name)).toBe(1);
  });

  it("refuses a file past the limit with the limit's message, announced or streamed, and stores nothing", async () => {
    const admin = await makeAdmin();
    session.id = admin.user.id;
    await prisma.systemSetting.create({ data: { key: "csvImportMaxMegabytes", value: 1 } });
    for (const streamed of [false, true]) {
      const name = `large-${tag()}.csv`;
      const response = await uploadRoute()(await uploadRequest(name, 2 * MB, { streamed }));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/admin/customer-users/import?error=csvImportTooLarge");
      expect(await stored(name)).toBe(0);
    }
  });

  it("refuses another site's post, which would otherwise upload with the staff member's cookies", async () => {
    const admin = await makeAdmin();
    session.id = admin.user.id;
    const name = `forged-${tag()}.csv`;
    const response = await uploadRoute()(await uploadRequest(name, 1000, { origin: "http://evil.example" }));
    expect(response.status).toBe(403);
    expect(await stored(name)).toBe(0);
  });
});
