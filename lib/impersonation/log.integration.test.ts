import { describe, expect, it } from "vitest";

import { listAuditLog } from "@/lib/audit/service";
import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeStaff, tag } from "@/tests/staff-fixtures";

import { listImpersonationLog } from "./log";
import type { LogListParams } from "./log-params";

const NOW = new Date("2031-06-15T12:00:00.000Z");
const min = (n: number) => new Date(NOW.getTime() + n * 60_000);

/** One staff user's four sessions with one customer user: pending, live, ended, and lapsed without anyone closing it. */
async function arrange() {
  const { user, website } = await makeCustomerUser({ confirmed: true });
  const staff = await makeStaff();
  const base = {
    staffUserId: staff.id,
    customerUserId: user.id,
    customerEmail: user.email,
    websiteId: website.id,
    startTokenExpiresAt: min(1),
  };
  const rows = {
    pending: { ...base, purpose: "ASSIST" as const, reason: "pending", createdAt: min(-1), expiresAt: min(1) },
    live: {
      ...base,
      purpose: "ASSIST" as const,
      reason: "live",
      createdAt: min(-10),
      startedAt: min(-10),
      expiresAt: min(20),
    },
    ended: {
      ...base,
      purpose: "PREVIEW" as const,
      reason: "ended",
      createdAt: new Date("2031-06-10T09:00:00.000Z"),
      startedAt: min(-60),
      expiresAt: min(-30),
      endedAt: min(-40),
      endReason: "LOGGED_OUT" as const,
    },
    lapsed: {
      ...base,
      purpose: "ASSIST" as const,
      reason: "lapsed",
      createdAt: min(-120),
      startedAt: min(-120),
      expiresAt: min(-90),
    },
  };
  for (const data of Object.values(rows)) await prisma.impersonationSession.create({ data });
  const list = async (filters: LogListParams["filters"], dir: "asc" | "desc" = "desc") =>
    (
      await listImpersonationLog(
        { q: "", sort: "createdAt", dir, page: 1, size: 25, filters: { customer: user.email, ...filters } },
        () => true,
        NOW,
      )
    ).rows.map((r) => r.reason);
  return { user, staff, list };
}

describe("the impersonation log", () => {
  it("lists a customer's sessions newest first, and oldest first when asked", async () => {
    const { list } = await arrange();
    expect(await list({})).toEqual(["pending", "live", "lapsed", "ended"]);
    expect(await list({}, "asc")).toEqual(["ended", "lapsed", "live", "pending"]);
  });

  it("filters by status: a session past its limit counts as ended although nobody closed it", async () => {
    const { list } = await arrange();
    expect(await list({ status: "live" })).toEqual(["live"]);
    expect(await list({ status: "ended" })).toEqual(["lapsed", "ended"]);
  });

  it("filters by purpose, by staff e-mail part and by a UTC day range of the start", async () => {
    const { list, staff } = await arrange();
    expect(await list({ purpose: "PREVIEW" })).toEqual(["ended"]);
    expect(await list({ staff: staff.email.slice(4, 12).toUpperCase() })).toHaveLength(4);
    expect(await list({ staff: `nobody-${tag()}` })).toEqual([]);
    expect(await list({ from: "2031-06-10", to: "2031-06-10" })).toEqual(["ended"]);
    expect(await list({ from: "2031-06-11" })).toEqual(["pending", "live", "lapsed"]);
  });

  it("treats the customer filter as a literal part of the e-mail", async () => {
    const { list } = await arrange();
    expect(await list({ customer: "%" })).toEqual([]);
  });

  it("pages in SQL with the total of all matches", async () => {
    const { user } = await arrange();
    const page = (n: number) =>
      listImpersonationLog(
        { q: "", sort: "createdAt", dir: "desc", page: n, size: 10, filters: { customer: user.email } },
        () => true,
        NOW,
      );
    const [p1, p2] = await Promise.all([page(1), page(2)]);
    expect([p1.total, p1.rows.length, p2.rows.length]).toEqual([4, 4, 0]);
  });

  it("finds the audit entries written during one session, and the session's own start and end", async () => {
    const { user } = await arrange();
    const session = await prisma.impersonationSession.findFirstOrThrow({
      where: { customerUserId: user.id, reason: "live" },
    });
    await prisma.auditLog.createMany({
      data: [
        {
          actorLabel: "staff as customer",
          entity: "customer-user",
          entityId: user.id,
          action: "storefront:x",
          impersonationSessionId: session.id,
        },
        { actorLabel: "storefront", entity: "customer-user", entityId: user.id, action: "update" },
        {
          at: new Date(Date.now() + 1000),
          actorLabel: "supervisor",
          entity: "impersonation-session",
          entityId: session.id,
          action: "end",
        },
      ],
    });
    const { rows } = await listAuditLog(
      { q: "", sort: "at", dir: "desc", page: 1, size: 25, filters: { session: session.id } },
      () => true,
    );
    expect(rows.map((r) => [r.action, r.impersonationSessionId])).toEqual([
      ["end", null],
      ["storefront:x", session.id],
    ]);
  });
});
