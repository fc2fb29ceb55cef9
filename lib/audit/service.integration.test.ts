import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";

import type { AuditListParams } from "./params";
import { listAuditLog } from "./service";

const tag = () => randomUUID().slice(0, 8);

/**
 * Seven entries of one test, around the last day of January 2031 (UTC): the edges of that day and
 * the instants just outside it. The actor's e-mail carries the tag, so every query can be narrowed
 * to this test's rows by it.
 */
async function arrange() {
  const id = tag();
  const actor = await prisma.staffUser.create({
    data: { email: `auditor-${id}@example.com`, passwordHash: "not-a-login", firstName: "Audit", lastName: id },
  });
  const label = actor.email;
  const rows = [
    { key: "before", at: "2031-01-30T23:59:59.999Z", entity: "staff-user", action: "create" },
    { key: "start", at: "2031-01-31T00:00:00.000Z", entity: "staff-user", action: "update" },
    { key: "noon", at: "2031-01-31T12:00:00.000Z", entity: "staff-group", action: "update" },
    { key: "end", at: "2031-01-31T23:59:59.999Z", entity: "staff-role", action: "delete" },
    { key: "after", at: "2031-02-01T00:00:00.000Z", entity: "staff-user", action: "deactivate" },
    { key: "later", at: "2031-02-03T08:00:00.000Z", entity: "staff-user", action: "update" },
  ];
  await prisma.auditLog.createMany({
    data: rows.map((r) => ({
      at: new Date(r.at),
      actorStaffId: actor.id,
      actorLabel: label,
      ip: "203.0.113.7",
      entity: r.entity,
      entityId: `${id}-${r.key}`,
      action: r.action,
    })),
  });
  // an entry by the system about the same tag: only the actor filters tell it apart
  await prisma.auditLog.create({
    data: {
      at: new Date("2031-01-31T06:00:00Z"),
      actorLabel: "system",
      entity: "staff-user",
      entityId: `${id}-system`,
      action: "update",
    },
  });
  const base: AuditListParams = {
    q: "",
    sort: "at",
    dir: "desc",
    page: 1,
    size: 100,
    filters: { actor: `auditor-${id}` },
  };
  const keys = async (p: Partial<AuditListParams> & { filters?: AuditListParams["filters"] } = {}) =>
    (await listAuditLog({ ...base, ...p, filters: { ...base.filters, ...p.filters } }, () => true)).rows.map((r) =>
      r.entityId.slice(id.length + 1),
    );
  return { id, actor, keys };
}

describe("audit log service on PostgreSQL", () => {
  it("narrows by actor e-mail (any case) and by actor id", async () => {
    const { id, actor, keys } = await arrange();
    expect(await keys()).toEqual(["later", "after", "end", "noon", "start", "before"]);
    expect(await keys({ filters: { actor: `AUDITOR-${id.toUpperCase()}@EXAMPLE` } })).toHaveLength(6);
    expect(await keys({ filters: { actor: `nobody-${id}` } })).toEqual([]);
    expect(await keys({ filters: { actor: undefined, actorId: actor.id } })).toEqual([
      "later",
      "after",
      "end",
      "noon",
      "start",
      "before",
    ]);
  });

  it("narrows by entity and by action, and both together", async () => {
    const { keys } = await arrange();
    expect(await keys({ filters: { entity: "staff-user" } })).toEqual(["later", "after", "start", "before"]);
    expect(await keys({ filters: { action: "update" } })).toEqual(["later", "noon", "start"]);
    expect(await keys({ filters: { entity: "staff-user", action: "update" } })).toEqual(["later", "start"]);
    expect(await keys({ filters: { entity: "staff-role", action: "create" } })).toEqual([]);
  });

  it("includes both days of a date range, read in UTC, to the millisecond", async () => {
    const { keys } = await arrange();
    expect(await keys({ filters: { from: "2031-01-31", to: "2031-01-31" } })).toEqual(["end", "noon", "start"]);
    expect(await keys({ filters: { from: "2031-01-31", to: "2031-02-01" } })).toEqual([
      "after",
      "end",
      "noon",
      "start",
    ]);
    expect(await keys({ filters: { from: "2031-02-01" } })).toEqual(["later", "after"]);
    expect(await keys({ filters: { to: "2031-01-30" } })).toEqual(["before"]);
  });

  it("sorts by time both ways", async () => {
    const { keys } = await arrange();
    expect(await keys({ dir: "asc" })).toEqual(["before", "start", "noon", "end", "after", "later"]);
  });

  it("pages in SQL with the total of all matches, without gaps or repeats across pages", async () => {
    const id = tag();
    const label = `pager-${id}@example.com`;
    await prisma.auditLog.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        at: new Date(Date.UTC(2032, 0, 1, 0, i)),
        actorLabel: label,
        entity: "staff-user",
        entityId: `${id}-${String(i).padStart(2, "0")}`,
        action: "update",
      })),
    });
    const page = (n: number) =>
      listAuditLog({ q: "", sort: "at", dir: "asc", page: n, size: 10, filters: { actor: label } }, () => true);
    const [p1, p2, p3, p4] = await Promise.all([page(1), page(2), page(3), page(4)]);
    expect([p1.total, p2.total, p3.total, p4.total]).toEqual([23, 23, 23, 23]);
    expect([p1.rows.length, p2.rows.length, p3.rows.length, p4.rows.length]).toEqual([10, 10, 3, 0]);
    const ids = [...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.entityId);
    expect(ids).toEqual(Array.from({ length: 23 }, (_, i) => `${id}-${String(i).padStart(2, "0")}`));
  });

  it("returns the changed fields as a list and the entry's who, where and what", async () => {
    const id = tag();
    const actor = await prisma.staffUser.create({
      data: { email: `changes-${id}@example.com`, passwordHash: "not-a-login", firstName: "Audit", lastName: id },
    });
    await prisma.auditLog.create({
      data: {
        actorStaffId: actor.id,
        actorLabel: actor.email,
        ip: "198.51.100.4",
        entity: "staff-user",
        entityId: `${id}-changed`,
        action: "update",
        changes: {
          firstName: { before: "Old", after: "New" },
          passwordHash: { before: "[redacted]", after: "[redacted]" },
        },
      },
    });
    const { rows } = await listAuditLog(
      { q: "", sort: "at", dir: "desc", page: 1, size: 10, filters: { actorId: actor.id } },
      () => true,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorStaffId: actor.id,
      actorLabel: actor.email,
      ip: "198.51.100.4",
      entity: "staff-user",
      entityId: `${id}-changed`,
      action: "update",
    });
    expect(rows[0]!.changes).toEqual([
      { field: "firstName", before: "Old", after: "New" },
      { field: "passwordHash", before: "[redacted]", after: "[redacted]" },
    ]);
  });
});
