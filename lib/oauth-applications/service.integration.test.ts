import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashClientSecret, secretMatches } from "@/lib/oauth/client-secret";
import { makeApplicationOwner } from "@/tests/oauth-owner-fixtures";
import { auditRows, makeAdmin } from "@/tests/staff-fixtures";

import { listApplications, listOwnerApplications } from "./list";
import { APPLICATION_GRID } from "./params";
import {
  createApplication,
  deleteApplication,
  regenerateSecret,
  setApplicationActive,
  updateApplication,
} from "./service";

/** An owner who may view their own orders and place orders, and a staff member named Grace Hopper. */
async function world() {
  const owner = await makeApplicationOwner();
  const admin = await makeAdmin();
  await prisma.staffUser.update({ where: { id: admin.user.id }, data: { firstName: "Grace", lastName: "Hopper" } });
  return { ...owner, admin };
}

const values = (over: Partial<Parameters<typeof createApplication>[3]> = {}) => ({
  name: "ERP connector",
  active: true,
  scopes: ["me:read", "orders:read", "orders:write"] as ("me:read" | "orders:read" | "orders:write")[],
  expiresOn: null,
  ...over,
});
const HOUR = 3_600_000;

describe("OAuth applications of a customer user", () => {
  it("creates one: the secret is returned once and only its keyed hash is stored; audit and e-mail hold no secret", async () => {
    const w = await world();
    const created = await createApplication(w.admin.actor, { staffId: w.admin.user.id }, w.user.id, values());
    expect(created.clientSecret).toMatch(/^cs_/);
    const row = await prisma.oAuthApplication.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      customerUserId: w.user.id,
      name: "ERP connector",
      active: true,
      clientId: created.clientId,
      scopes: ["me:read", "orders:read", "orders:write"],
      createdByStaffId: w.admin.user.id,
    });
    expect(row.secretHash).toBe(hashClientSecret(created.clientSecret));
    expect(JSON.stringify(row)).not.toContain(created.clientSecret);

    const [audit] = await auditRows("oauth-application", created.id);
    expect(audit).toMatchObject({ action: "create", actorStaffId: w.admin.user.id });
    const logged = JSON.stringify(audit!.changes);
    expect(logged).toContain("ERP connector");
    expect(logged).not.toContain(created.clientSecret);
    expect(logged).not.toContain(row.secretHash);

    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { recipientId: w.user.id, templateKey: "oauth-application-created" },
      omit: { sealed: false },
    });
    expect(mail.to).toBe(w.user.email);
    expect(mail.subject).toContain("ERP connector");
    expect(mail.text).toContain("Grace Hopper created the OAuth application “ERP connector”");
    expect(mail.text).toContain(created.clientId);
    expect(`${mail.text}${mail.html}${mail.sealed}`).not.toContain(created.clientSecret);
  });

  it("refuses at the scopes field what the owner's roles do not allow, and writes nothing", async () => {
    const w = await world();
    const refused = createApplication(
      w.admin.actor,
      { staffId: w.admin.user.id },
      w.user.id,
      values({ scopes: ["me:read", "addresses:write"] as never }),
    );
    await expect(refused).rejects.toMatchObject({ code: "oauthScopeNotHeld", field: "scopes" });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    expect(await prisma.oAuthApplication.count({ where: { customerUserId: w.user.id } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { recipientId: w.user.id } })).toBe(0);
  });

  it("refuses an expiry in the past and an owner that does not exist", async () => {
    const w = await world();
    const creator = { staffId: w.admin.user.id };
    await expect(
      createApplication(w.admin.actor, creator, w.user.id, values({ expiresOn: "2020-01-01" })),
    ).rejects.toMatchObject({ code: "oauthExpiryPast", field: "expiresOn" });
    await expect(createApplication(w.admin.actor, creator, "no-such-user", values())).rejects.toMatchObject({
      code: "notFound",
    });
  });

  it("regenerates the secret with an overlap: same client ID, the old secret works until the overlap ends", async () => {
    const w = await world();
    const created = await createApplication(w.admin.actor, { staffId: w.admin.user.id }, w.user.id, values());
    const now = new Date();
    const { clientSecret } = await regenerateSecret(w.admin.actor, created.id, 2, now);
    const row = await prisma.oAuthApplication.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.clientId).toBe(created.clientId);
    expect(row.previousSecretExpiresAt?.getTime()).toBe(now.getTime() + 2 * HOUR);
    expect(secretMatches(row, clientSecret, now)).toBe(true);
    expect(secretMatches(row, created.clientSecret, new Date(now.getTime() + HOUR))).toBe(true);
    expect(secretMatches(row, created.clientSecret, new Date(now.getTime() + 2 * HOUR + 1))).toBe(false);

    // no overlap: the former secret stops at once
    const again = await regenerateSecret(w.admin.actor, created.id, 0, now);
    const after = await prisma.oAuthApplication.findUniqueOrThrow({ where: { id: created.id } });
    expect(secretMatches(after, clientSecret, now)).toBe(false);
    expect(secretMatches(after, again.clientSecret, now)).toBe(true);

    const entries = await auditRows("oauth-application", created.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "regenerate-secret", "regenerate-secret"]);
    const logged = JSON.stringify(entries.map((e) => e.changes));
    for (const secret of [created.clientSecret, clientSecret, again.clientSecret, row.secretHash, after.secretHash])
      expect(logged).not.toContain(secret);
    expect(entries[1]!.changes).toMatchObject({ overlapHours: { after: 2 } });
  });

  it("deactivates, edits and deletes, each audited; the lists show status and last use", async () => {
    const w = await world();
    const { id } = await createApplication(w.admin.actor, { staffId: w.admin.user.id }, w.user.id, values());
    await prisma.oAuthApplicationUsage.create({
      data: { applicationId: id, tokens: 20, lastUsedAt: new Date(), lastUsedIp: "198.51.100.7" },
    });
    await setApplicationActive(w.admin.actor, id, false);
    const { rows } = await listOwnerApplications(w.user.id, { status: "inactive", page: 1 });
    expect(rows.map((r) => [r.name, r.status, r.lastUsedIp])).toEqual([["ERP connector", "inactive", "198.51.100.7"]]);
    expect((await listOwnerApplications(w.user.id, { status: "active", page: 1 })).total).toBe(0);

    await expect(
      updateApplication(w.admin.actor, id, {
        ...values({ name: "ERP v2", scopes: ["me:read", "addresses:read"] as never }),
        rateLimitPerSecond: 5,
        rateLimitBurst: 10,
      }),
    ).rejects.toMatchObject({ code: "oauthScopeNotHeld", field: "scopes" });
    await updateApplication(w.admin.actor, id, {
      ...values({ name: "ERP v2", scopes: ["me:read"] }),
      rateLimitPerSecond: 5,
      rateLimitBurst: 10,
    });
    expect(await prisma.oAuthApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "ERP v2",
      active: true,
      scopes: ["me:read"],
      rateLimitPerSecond: 5,
      rateLimitBurst: 10,
    });

    const global = await listApplications(
      {
        ...APPLICATION_GRID,
        q: "",
        sort: "createdAt",
        dir: "desc",
        page: 1,
        size: 25,
        filters: { owner: w.user.email },
      },
      () => true,
    );
    expect(global.rows.map((r) => [r.name, r.owner?.email, r.company?.name, r.website])).toEqual([
      ["ERP v2", w.user.email, w.company.name, w.website.name],
    ]);
    const hidden = await listApplications(
      { q: "", sort: "owner", dir: "asc", page: 1, size: 25, filters: { name: "ERP v2", company: w.company.name } },
      (p) => p !== "customers/customer-user/view" && p !== "customers/company/view",
    );
    expect(hidden.rows.find((r) => r.id === id)).toMatchObject({ owner: null, company: null });

    await deleteApplication(w.admin.actor, id);
    expect(await prisma.oAuthApplication.count({ where: { id } })).toBe(0);
    const entries = await auditRows("oauth-application", id);
    expect(entries.map((e) => e.action)).toEqual(["create", "deactivate", "update", "delete"]);
    expect(entries[3]!.changes).toMatchObject({ name: { before: "ERP v2" }, owner: { before: w.user.email } });
  });

  it("sorts by owner or company only for a viewer who may view them, so the order tells no hidden names", async () => {
    const [first, second] = [await world(), await world()];
    const t = first.t;
    await prisma.company.update({ where: { id: first.company.id }, data: { name: `Zulu ${t}` } });
    await prisma.company.update({ where: { id: second.company.id }, data: { name: `Alpha ${t}` } });
    const ids: string[] = [];
    for (const [i, w] of [first, second].entries()) {
      const { id } = await createApplication(
        w.admin.actor,
        { staffId: w.admin.user.id },
        w.user.id,
        values({ name: `Sorted ${t}` }),
      );
      await prisma.oAuthApplication.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
      ids.push(id);
    }
    const order = async (sort: "company" | "owner", sees: (p: string) => boolean) =>
      (
        await listApplications({ q: "", sort, dir: "asc", page: 1, size: 25, filters: { name: `Sorted ${t}` } }, sees)
      ).rows.map((r) => r.id);
    expect(await order("company", () => true)).toEqual([ids[1], ids[0]]);
    // without the view permission the sort falls back to the oldest first, as without a sort
    expect(await order("company", (p) => p !== "customers/company/view")).toEqual(ids);
    expect(await order("owner", (p) => p !== "customers/customer-user/view")).toEqual(ids);
  });
});
