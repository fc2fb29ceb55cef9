import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { auditImpersonatedWrite } from "@/lib/identity/impersonated-session";
import { loadCustomerSession } from "@/lib/identity/shop-session";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { customerSessionOf } from "@/tests/session-fixtures";
import { actorOf, allow, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { consumeStartToken, endImpersonation, startImpersonation } from "./service";

const KEYS = ["impersonationEnabled", "assistanceConsentMode", "impersonationMaxMinutes"];
beforeAll(async () => {
  await prisma.systemSetting.deleteMany({ where: { key: { in: KEYS } } });
  await prisma.systemSetting.create({ data: { key: "impersonationEnabled", value: true } });
});
afterAll(() => prisma.systemSetting.deleteMany({ where: { key: { in: KEYS } } }));

async function agent() {
  const role = await makeRole(`Assist ${tag()}`, [allow("customers", "impersonation", "start")]);
  const staff = await makeStaff([(await makeGroup(`Assist ${tag()}`, [role.id])).id]);
  return { staff, actor: { ...actorOf(staff), staffId: staff.id, ip: "192.0.2.50" } };
}
async function customer(extra: Record<string, unknown> = {}) {
  const w = await makeCustomerUser({ confirmed: true, ...extra });
  await prisma.website.update({ where: { id: w.website.id }, data: { impersonationEnabled: true } });
  await prisma.emailTemplate.create({
    data: {
      key: "impersonation-notice",
      localizationId: w.lang.id,
      subject: "{{ staffName }} signed in",
      bodyText: "Hello {{ firstName }}, {{ staffName }} at {{ startedAt }}",
    },
  });
  return w;
}
const tokenOf = (url: string) => url.split("/impersonate/")[1]!;
const start = (a: Awaited<ReturnType<typeof agent>>, customerUserId: string, now?: Date) =>
  startImpersonation(
    a.actor,
    { customerUserId, purpose: "ASSIST", reason: "Ticket 4711", startPath: "/" },
    "Test browser",
    now,
  );
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof DomainError ? e.code : e),
  );

describe("impersonation sessions", () => {
  it("a start link works once, opens a session that names the staff member, and is logged", async () => {
    const a = await agent();
    const w = await customer();
    const { url, sessionId } = await start(a, w.user.id);
    expect(url).toMatch(new RegExp(`^${w.website.baseUrl}/impersonate/[A-Za-z0-9_-]{43}$`));
    const row = await prisma.impersonationSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({
      staffUserId: a.staff.id,
      customerUserId: w.user.id,
      reason: "Ticket 4711",
      purpose: "ASSIST",
      ip: "192.0.2.50",
      userAgent: "Test browser",
      startedAt: null,
    });
    expect(row.startTokenHash).not.toContain(tokenOf(url));

    const arrival = await consumeStartToken(tokenOf(url), w.website.id, "198.51.100.1");
    expect(arrival).toMatchObject({ sessionId, staffUserId: a.staff.id, customerUserId: w.user.id, startPath: "/" });
    expect(await consumeStartToken(tokenOf(url), w.website.id, "198.51.100.1")).toBeNull();

    const session = await loadCustomerSession(
      { sub: w.user.id, sv: 0, wid: w.website.id, act: { sessionId, staffUserId: a.staff.id } },
      w.website.id,
    );
    expect(session?.impersonation).toMatchObject({
      sessionId,
      staffUserId: a.staff.id,
      purpose: "ASSIST",
      staffName: `Acl ${a.staff.lastName}`,
    });
    expect(await prisma.customerLoginAttempt.findFirst({ where: { customerUserId: w.user.id } })).toMatchObject({
      source: "IMPERSONATION",
      success: true,
      ip: "198.51.100.1",
    });
    expect(
      await prisma.emailMessage.findFirst({ where: { recipientId: w.user.id, templateKey: "impersonation-notice" } }),
    ).toMatchObject({ to: w.user.email });

    await prisma.$transaction((tx) =>
      auditImpersonatedWrite(tx, session!, "addToList", { sku: "X", quantity: 2 }, "198.51.100.1"),
    );
    expect(await prisma.auditLog.findFirst({ where: { impersonationSessionId: sessionId } })).toMatchObject({
      actorStaffId: a.staff.id,
      entity: "customer-user",
      entityId: w.user.id,
      action: "storefront:addToList",
    });
  });

  it("refuses a late link, a link for another website and a forged one", async () => {
    const a = await agent();
    const w = await customer();
    const past = new Date(Date.now() - 120_000);
    const late = await start(a, w.user.id, past);
    expect(await consumeStartToken(tokenOf(late.url), w.website.id, null)).toBeNull();
    expect(await prisma.impersonationSession.findUniqueOrThrow({ where: { id: late.sessionId } })).toMatchObject({
      endReason: "NOT_STARTED",
      startTokenHash: null,
    });
    const other = await customer();
    const wrongSite = await start(a, w.user.id);
    expect(await consumeStartToken(tokenOf(wrongSite.url), other.website.id, null)).toBeNull();
    expect(await consumeStartToken("forged-token", w.website.id, null)).toBeNull();
  });

  it("one live session per staff member: another start is refused until it ends, then A then B works", async () => {
    const a = await agent();
    const first = await customer();
    const second = await customer();
    const s1 = await start(a, first.user.id);
    await consumeStartToken(tokenOf(s1.url), first.website.id, null);
    expect(await refusal(start(a, second.user.id))).toBe("impersonation.alreadyActive");
    expect(await endImpersonation(s1.sessionId, "LOGGED_OUT")).toBe(true);
    const s2 = await start(a, second.user.id);
    expect(await consumeStartToken(tokenOf(s2.url), second.website.id, null)).toMatchObject({
      customerUserId: second.user.id,
    });
    expect(
      await loadCustomerSession(
        { sub: first.user.id, sv: 0, wid: first.website.id, act: { sessionId: s1.sessionId, staffUserId: a.staff.id } },
        first.website.id,
      ),
    ).toBeNull();
  });

  it("ending it leaves the customer's own session alone", async () => {
    const a = await agent();
    const w = await customer();
    const s = await start(a, w.user.id);
    await consumeStartToken(tokenOf(s.url), w.website.id, null);
    await endImpersonation(s.sessionId, "LOGGED_OUT");
    expect(await customerSessionOf(w.user)).toMatchObject({ id: w.user.id, impersonation: null });
  });

  it("refuses disabled, locked, unconfirmed customers, a website that is off, and consent as the mode says", async () => {
    const a = await agent();
    expect(await refusal(start(a, (await customer({ enabled: false })).user.id))).toBe(
      "impersonation.customerDisabled",
    );
    expect(await refusal(start(a, (await customer({ locked: true })).user.id))).toBe("impersonation.customerLocked");
    expect(await refusal(start(a, (await customer({ confirmed: false })).user.id))).toBe(
      "impersonation.customerUnconfirmed",
    );
    const off = await customer();
    await prisma.website.update({ where: { id: off.website.id }, data: { impersonationEnabled: false } });
    expect(await refusal(start(a, off.user.id))).toBe("impersonation.websiteOff");
    await prisma.systemSetting.create({ data: { key: "assistanceConsentMode", value: "opt-in" } });
    try {
      expect(await refusal(start(a, (await customer()).user.id))).toBe("impersonation.consentMissing");
      expect(await refusal(start(a, (await customer({ assistanceAllowed: true })).user.id))).toBeNull();
    } finally {
      await prisma.systemSetting.deleteMany({ where: { key: "assistanceConsentMode" } });
    }
    expect(
      await prisma.impersonationSession.count({ where: { staffUserId: a.staff.id, customerUserId: off.user.id } }),
    ).toBe(0);
  });

  it("deactivating the staff user, taking the capability away or locking the customer ends the session on the next check", async () => {
    for (const change of ["deactivate", "capability", "lock"] as const) {
      const a = await agent();
      const w = await customer();
      const s = await start(a, w.user.id);
      await consumeStartToken(tokenOf(s.url), w.website.id, null);
      const act = { sessionId: s.sessionId, staffUserId: a.staff.id };
      if (change === "deactivate")
        await prisma.staffUser.update({ where: { id: a.staff.id }, data: { status: "DEACTIVATED" } });
      if (change === "capability") await prisma.staffUserGroup.deleteMany({ where: { userId: a.staff.id } });
      if (change === "lock") await prisma.customerUser.update({ where: { id: w.user.id }, data: { locked: true } });
      expect(await loadCustomerSession({ sub: w.user.id, sv: 0, wid: w.website.id, act }, w.website.id)).toBeNull();
      expect((await prisma.impersonationSession.findUniqueOrThrow({ where: { id: s.sessionId } })).endReason).toBe(
        change === "lock" ? "CUSTOMER_UNAVAILABLE" : "STAFF_UNAVAILABLE",
      );
    }
  });

  it("the hard limit ends it", async () => {
    const a = await agent();
    const w = await customer();
    const s = await start(a, w.user.id);
    const arrival = (await consumeStartToken(tokenOf(s.url), w.website.id, null))!;
    const later = new Date(arrival.expiresAt.getTime() + 1000);
    expect(
      await loadCustomerSession(
        { sub: w.user.id, sv: 0, wid: w.website.id, act: { sessionId: s.sessionId, staffUserId: a.staff.id } },
        w.website.id,
        later,
      ),
    ).toBeNull();
    expect((await prisma.impersonationSession.findUniqueOrThrow({ where: { id: s.sessionId } })).endReason).toBe(
      "EXPIRED",
    );
  });
});

describe("previews", () => {
  it("only as a customer assigned to the staff member, whatever the switches say", async () => {
    const role = await makeRole(`Preview ${tag()}`, [allow("content", "cms-page", "preview")]);
    const staff = await makeStaff([(await makeGroup(`Preview ${tag()}`, [role.id])).id]);
    const actor = { ...actorOf(staff), staffId: staff.id };
    const w = await customer();
    await prisma.website.update({ where: { id: w.website.id }, data: { impersonationEnabled: false } });
    const preview = () =>
      startImpersonation(
        actor,
        {
          customerUserId: w.user.id,
          purpose: "PREVIEW",
          reason: "CMS page preview: offers",
          startPath: "/pages/offers",
        },
        null,
      );
    expect(await refusal(preview())).toBe("impersonation.notAssigned");
    await prisma.staffCustomerAssignment.create({ data: { customerUserId: w.user.id, staffUserId: staff.id } });
    const { url, sessionId } = await preview();
    const arrival = await consumeStartToken(tokenOf(url), w.website.id, null);
    expect(arrival).toMatchObject({ startPath: "/pages/offers" });
    const session = await loadCustomerSession(
      { sub: w.user.id, sv: 0, wid: w.website.id, act: { sessionId, staffUserId: staff.id } },
      w.website.id,
    );
    expect(session?.impersonation?.purpose).toBe("PREVIEW");
    // a preview does not notify the customer: nothing was done in their name
    expect(await prisma.emailMessage.count({ where: { recipientId: w.user.id } })).toBe(0);

    // the assignment is asked again on every request: taking it away ends the preview
    await prisma.staffCustomerAssignment.delete({ where: { customerUserId: w.user.id } });
    expect(
      await loadCustomerSession(
        { sub: w.user.id, sv: 0, wid: w.website.id, act: { sessionId, staffUserId: staff.id } },
        w.website.id,
      ),
    ).toBeNull();
    expect(await prisma.impersonationSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      endReason: "STAFF_UNAVAILABLE",
    });
  });
});

describe("switching off and deactivating close open sessions in the same transaction", () => {
  it("the staff user's status change and the website switch end them with the reason", async () => {
    const { setUserStatus } = await import("@/lib/staff-users/service");
    const { saveSettings } = await import("@/lib/settings/service");
    const admin = (await makeAdmin()).actor; // only someone holding all the agent holds may deactivate them
    const a = await agent();
    const w = await customer();
    const s = await start(a, w.user.id);
    await consumeStartToken(tokenOf(s.url), w.website.id, null);
    await saveSettings(admin, {}, [{ id: w.website.id, impersonationEnabled: false }]);
    expect(await prisma.impersonationSession.findUniqueOrThrow({ where: { id: s.sessionId } })).toMatchObject({
      endReason: "FEATURE_OFF",
    });

    await prisma.website.update({ where: { id: w.website.id }, data: { impersonationEnabled: true } });
    const again = await start(a, w.user.id);
    await consumeStartToken(tokenOf(again.url), w.website.id, null);
    await setUserStatus(admin, a.staff.id, "DEACTIVATED");
    expect(await prisma.impersonationSession.findUniqueOrThrow({ where: { id: again.sessionId } })).toMatchObject({
      endReason: "STAFF_UNAVAILABLE",
    });
  });
});
