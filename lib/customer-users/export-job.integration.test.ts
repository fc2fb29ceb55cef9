import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { parseGridParams } from "@/lib/grid/params";
import de from "@/messages/de.json";
import messages from "@/messages/en.json";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { actorOf, allow, auditRows, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { exportCustomerUsers, type ExportEntity } from "./export";
import { runExportJob } from "./export-job-run";
import { cancelExportJob, exportFailureOf, purgeExpiredExports, requestExportJob } from "./export-jobs";
import { exportDownloadRoute, exportRoute } from "./export-routes";
import { CUSTOMER_USER_GRID } from "./params";

/** The route's request context outside Next: who is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.40" }) }));
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

const everything = () => true;
const bytes = async (body: ReadableStream | Response) =>
  new Uint8Array(await (body instanceof Response ? body : new Response(body)).arrayBuffer());

/** The back office's language with the e-mail that tells a requester their export is ready. */
async function exportReadyTemplate() {
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  const tpl = EMAIL_TEMPLATES.find((x) => x.key === "export-ready" && x.locale === "en")!;
  await prisma.emailTemplate.upsert({
    where: { key_localizationId: { key: tpl.key, localizationId: en.id } },
    update: {},
    create: {
      key: tpl.key,
      localizationId: en.id,
      subject: tpl.subject,
      bodyText: tpl.bodyText,
      bodyHtml: tpl.bodyHtml,
    },
  });
}

/** Nine customer users sharing a tag, with roles and addresses of their own; the odd ones disabled. */
async function nineUsers() {
  const { t, company, website, user } = await makeCustomerUser({ firstName: "Zed", lastName: "=Z" });
  for (let i = 0; i < 8; i++) {
    const u = await prisma.customerUser.create({
      data: {
        companyId: company.id,
        websiteId: website.id,
        email: `job-${t}-${i}@example.com`,
        firstName: ["Mia", "Ben", "Ada", "Ben"][i % 4]!,
        lastName: `L${i}, "quoted"`,
        enabled: i % 2 === 0,
      },
    });
    if (i % 3 === 0)
      await prisma.customerAddress.create({
        data: { customerUserId: u.id, street: `+Street ${i}`, city: "Köln", postalCode: "50667", country: "DE" },
      });
  }
  const role = await prisma.customerRole.create({ data: { name: `Buyer ${t}`, companyId: company.id } });
  await prisma.customerUserRole.create({ data: { customerUserId: user.id, roleId: role.id } });
  return { t, user, company };
}

async function requester() {
  await exportReadyTemplate();
  const admin = await makeAdmin();
  return { ...admin, actor: { ...actorOf(admin.user), staffId: admin.user.id } };
}

async function queue(
  actor: Awaited<ReturnType<typeof requester>>["actor"],
  entity: ExportEntity,
  raw: Record<string, string>,
) {
  const params = parseGridParams(raw, CUSTOMER_USER_GRID);
  return requestExportJob(actor, { entity, params, delimiter: ";", total: 9 });
}

const fileOf = async (jobId: string) => {
  const chunks = await prisma.exportChunk.findMany({ where: { jobId }, orderBy: { seq: "asc" } });
  return new Uint8Array(Buffer.concat(chunks.map((c) => c.data)));
};

/** A worker that is told to stop after `n` checks (a shutdown between batches). */
const stopAfter = (n: number) => ({
  get aborted() {
    return n-- <= 0;
  },
});

const downloadRequest = (id: string) =>
  [
    new Request(`http://localhost/admin/customer-users/exports/${id}/download`),
    { params: Promise.resolve({ id }) },
  ] as const;

describe("export jobs", () => {
  it("write byte for byte the file the direct export streams, with progress, for users and addresses", async () => {
    const { t } = await nineUsers();
    const { actor, user } = await requester();
    for (const entity of ["users", "addresses"] as const) {
      const raw = { email: t, sort: "firstName", dir: "desc" };
      const { id } = await queue(actor, entity, raw);
      expect(await runExportJob(id, { batch: 2 })).toBe("done");
      const job = await prisma.exportJob.findUniqueOrThrow({ where: { id } });
      const params = parseGridParams(raw, CUSTOMER_USER_GRID);
      const direct = await bytes(
        exportCustomerUsers(entity, params, everything, ";", { now: job.selectedAt, batch: 1000 }),
      );
      expect(await fileOf(id)).toEqual(direct);
      expect(job).toMatchObject({ status: "DONE", total: 9, processed: 9, bytes: direct.length, chunks: 1 + 5 });
      expect(job.rows).toBe(entity === "users" ? 9 : 3);
      const kept = job.expiresAt!.getTime() - job.finishedAt!.getTime();
      expect(kept).toBe(7 * 24 * 60 * 60_000);
      const mail = await prisma.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: `export-ready:${id}` } });
      expect(mail.to).toBe(user.email);
      expect(mail.text).toContain(`/admin/customer-users/exports/${id}/download`);
      expect(mail.subject).toContain(entity === "users" ? "customer-users-" : "customer-user-addresses-");
      expect((await auditRows("export-job", id)).map((a) => a.action)).toEqual(["request"]);
    }
  });

  it("resume after a stop at the last committed batch, without writing a row twice", async () => {
    const { t } = await nineUsers();
    const { actor } = await requester();
    const { id } = await queue(actor, "users", { email: t });
    expect(await runExportJob(id, { batch: 2, signal: stopAfter(2) })).toBe("interrupted");
    const halfway = await prisma.exportJob.findUniqueOrThrow({ where: { id } });
    expect(halfway).toMatchObject({ status: "RUNNING", processed: 4, chunks: 3 });
    expect(await runExportJob(id, { batch: 2 })).toBe("done");
    const job = await prisma.exportJob.findUniqueOrThrow({ where: { id } });
    const direct = await bytes(
      exportCustomerUsers("users", parseGridParams({ email: t }, CUSTOMER_USER_GRID), everything, ";", {
        now: job.selectedAt,
      }),
    );
    expect(await fileOf(id)).toEqual(direct);
    expect(job).toMatchObject({ processed: 9, rows: 9 });
  });

  it("cancel: the requester stops it, the chunks go, and a later run writes nothing; nobody else may", async () => {
    const { t } = await nineUsers();
    const { actor, user } = await requester();
    const { id } = await queue(actor, "users", { email: t });
    expect(await runExportJob(id, { batch: 2, signal: stopAfter(1) })).toBe("interrupted");

    const stranger = await makeStaff([
      (
        await makeGroup(`exp ${tag()}`, [
          (
            await makeRole(`exp ${tag()}`, [
              allow("customers", "customer-user", "export"),
              allow("customers", "customer-user", "view"),
            ])
          ).id,
        ])
      ).id,
    ]);
    const strangerSees = { id: stranger.id, can: (p: string) => p !== "customers/customer-user/export-all" };
    await expect(cancelExportJob(actorOf(stranger), strangerSees, id)).rejects.toThrow("exportNotCancellable");
    expect((await prisma.exportJob.findUniqueOrThrow({ where: { id } })).status).toBe("RUNNING");

    await cancelExportJob(actor, { id: user.id, can: everything }, id);
    expect(await runExportJob(id, { batch: 2 })).toBe("skipped");
    expect(await prisma.exportJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED" });
    expect(await prisma.exportChunk.count({ where: { jobId: id } })).toBe(0);
    expect((await auditRows("export-job", id)).map((a) => a.action)).toEqual(["request", "cancel"]);
    await expect(cancelExportJob(actor, { id: user.id, can: everything }, id)).rejects.toThrow("exportNotCancellable");
  });

  it("download: the requester and holders of export-all get the file; another exporter gets 404; audited", async () => {
    const { t } = await nineUsers();
    const { actor, user } = await requester();
    const { id } = await queue(actor, "users", { email: t });
    await runExportJob(id);
    const route = exportDownloadRoute();

    session.id = null;
    expect((await route(...downloadRequest(id))).status).toBe(303);

    session.id = user.id;
    const mine = await route(...downloadRequest(id));
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-disposition")).toMatch(
      /^attachment; filename="customer-users-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const file = await bytes(mine);
    expect(file).toEqual(await fileOf(id));
    expect(mine.headers.get("content-length")).toBe(String(file.length));
    expect((await prisma.exportJob.findUniqueOrThrow({ where: { id } })).seenAt).not.toBeNull();

    const exporter = (withAll: boolean) =>
      makeRole(`exporter ${tag()}`, [
        allow("customers", "customer-user", "export"),
        allow("customers", "customer-user", "view"),
        ...(withAll ? [allow("customers", "customer-user", "export-all")] : []),
      ]).then(async (role) => makeStaff([(await makeGroup(`exporters ${tag()}`, [role.id])).id]));
    session.id = (await exporter(false)).id;
    const refused = await route(...downloadRequest(id));
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe("This record no longer exists.");
    expect((await route(...downloadRequest("no-such-export"))).status).toBe(404);

    session.id = (await exporter(true)).id;
    const all = await route(...downloadRequest(id));
    expect(all.status).toBe(200);
    expect(await bytes(all)).toEqual(file);

    const audit = await auditRows("export-job", id);
    expect(audit.map((a) => [a.action, a.actorStaffId])).toEqual([
      ["request", user.id],
      ["download", user.id],
      ["download", session.id],
    ]);
  });

  it("purge: a file past its expiry is deleted and audited, and can no longer be downloaded", async () => {
    const { t } = await nineUsers();
    const { actor, user } = await requester();
    const { id } = await queue(actor, "addresses", { email: t });
    await runExportJob(id);
    await purgeExpiredExports();
    expect((await prisma.exportJob.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
    await prisma.exportJob.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await purgeExpiredExports()).toBeGreaterThanOrEqual(1);
    expect(await prisma.exportJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "EXPIRED" });
    expect(await prisma.exportChunk.count({ where: { jobId: id } })).toBe(0);
    expect((await auditRows("export-job", id)).map((a) => [a.action, a.actorLabel])).toEqual([
      ["request", user.email],
      ["purge", "system"],
    ]);
    session.id = user.id;
    expect((await exportDownloadRoute()(...downloadRequest(id))).status).toBe(404);
  });

  it("a requester who lost the export permission gets a failed job, not a file", async () => {
    const { t } = await nineUsers();
    const { actor, role } = await requester();
    const { id } = await queue(actor, "users", { email: t });
    await prisma.staffRule.create({
      data: { roleId: role.id, area: "customers", resource: "customer-user", action: "export", effect: "DENY" },
    });
    expect(await runExportJob(id)).toBe("failed");
    const job = await prisma.exportJob.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "FAILED", chunks: 0, error: "forbidden" });
    // the exports page and the notice say why in the reader's language, never an error's own text
    const say = (m: typeof messages) =>
      createTranslator({ locale: "en", messages: m, namespace: "customerUsers.exports" })(
        `failure.${exportFailureOf(job.error)}`,
      );
    expect(say(messages)).toBe("the requester may no longer export customer users.");
    expect(say(de as typeof messages)).toBe("der Anforderer darf keine Kundenbenutzer mehr exportieren.");
    expect(exportFailureOf('Invalid `prisma.exportChunk.create()` invocation: relation "ExportChunk" ...')).toBe(
      "error",
    );
  });

  it("the Export menu's post above the threshold queues a job and opens the exports page; a GET never does", async () => {
    const { t, company } = await makeCustomerUser();
    await prisma.customerUser.createMany({
      data: Array.from({ length: 5000 }, (_, i) => ({
        companyId: company.id,
        websiteId: company.websiteId,
        email: `bulk-${t}-${i}@example.com`,
        firstName: "Bulk",
        lastName: `${i}`,
      })),
    });
    const { user } = await requester();
    session.id = user.id;
    const form = new URLSearchParams({ email: t, sort: "email", dir: "asc", delimiter: "semicolon" });
    const posted = await exportRoute("users")(
      new Request("http://localhost/admin/customer-users/export", { method: "POST", body: form }),
    );
    expect(posted.status).toBe(303);
    const job = await prisma.exportJob.findFirstOrThrow({ where: { requestedById: user.id } });
    expect(posted.headers.get("location")).toBe(`/admin/customer-users/exports?queued=${job.id}`);
    expect(job).toMatchObject({
      status: "QUEUED",
      entity: "users",
      delimiter: ";",
      total: 5001,
      params: { filters: { email: t }, sort: "email", dir: "asc" },
    });

    const got = await exportRoute("users")(new Request(`http://localhost/admin/customer-users/export?${form}`));
    expect(got.status).toBe(303);
    expect(got.headers.get("location")).toContain("notice=export-large");
    expect(await prisma.exportJob.count({ where: { requestedById: user.id } })).toBe(1);
  });
});
