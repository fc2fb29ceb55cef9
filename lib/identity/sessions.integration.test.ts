import { describe, expect, it } from "vitest";

import { setCustomerUserEnabled } from "@/lib/customer-users/manage";
import { forcePasswordReset } from "@/lib/customer-users/password-reset";
import { unlockCustomerUser } from "@/lib/customer-users/unlock";
import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { changeOwnPassword } from "@/lib/shop-account/service";
import { makePasswordUser } from "@/tests/password-fixtures";
import { customerClaimsOf, signInRow } from "@/tests/session-fixtures";
import { actorOf, auditRows, makeStaff } from "@/tests/staff-fixtures";

import { endOtherSessions, endOwnSession, listOwnSessions } from "./own-sessions";
import { deleteEndedSessions, revokeSignedOutSession } from "./session-store";
import { loadCustomerSession } from "./shop-session";
import { loadStaffSession } from "./staff-session";

const MINUTE = 60_000;
const reasonOf = async (id: string) => (await prisma.authSession.findUniqueOrThrow({ where: { id } })).revokeReason;
const svOf = async (id: string) => (await prisma.customerUser.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("signing out", () => {
  it("ends that session's row: a copy of its token is signed out, the owner's other browsers stay, nobody else's row is touched", async () => {
    const staff = await makeStaff();
    const [here, elsewhere] = [await signInRow({ staffUserId: staff.id }), await signInRow({ staffUserId: staff.id })];
    await revokeSignedOutSession({ staffUserId: (await makeStaff()).id }, here);
    expect(await loadStaffSession(staff.id, 1, here)).not.toBeNull();
    await revokeSignedOutSession({ staffUserId: staff.id }, here);
    expect(await loadStaffSession(staff.id, 1, here)).toBeNull();
    expect(await loadStaffSession(staff.id, 1, elsewhere)).toMatchObject({ id: staff.id, sessionId: elsewhere });
    expect(await reasonOf(here)).toBe("SIGNED_OUT");

    const w = await makePasswordUser("Shop-pass-2026");
    const claims = await customerClaimsOf(w.user);
    expect(await loadCustomerSession(claims, w.website.id)).toMatchObject({ id: w.user.id, sessionId: claims.sid });
    await revokeSignedOutSession({ customerUserId: w.user.id }, claims.sid);
    expect(await loadCustomerSession(claims, w.website.id)).toBeNull();
  });

  it("counts a token without a live row of its own user as signed out", async () => {
    const staff = await makeStaff();
    const other = await signInRow({ staffUserId: (await makeStaff()).id });
    const expired = await signInRow({ staffUserId: staff.id }, new Date(Date.now() - 2 * 60 * MINUTE));
    for (const sid of [undefined, 42, "no-such-session", other, expired])
      expect(await loadStaffSession(staff.id, 1, sid)).toBeNull();
    const w = await makePasswordUser("Shop-pass-2026");
    const { sid, ...withoutSid } = await customerClaimsOf(w.user);
    expect(await loadCustomerSession(withoutSid, w.website.id)).toBeNull();
    expect(await loadCustomerSession({ ...withoutSid, sid: other }, w.website.id)).toBeNull();
    expect(await loadCustomerSession({ ...withoutSid, sid }, w.website.id)).not.toBeNull();
  });
});

describe("a customer user's session rows end with", () => {
  // each check loads the old row with the *new* session version: only the revoked row can refuse it
  const stillRefused = async (
    claims: Awaited<ReturnType<typeof customerClaimsOf>>,
    websiteId: string,
    userId: string,
  ) => expect(await loadCustomerSession({ ...claims, sv: await svOf(userId) }, websiteId)).toBeNull();

  it("disabling", async () => {
    const w = await makePasswordUser("Shop-pass-2026");
    const claims = await customerClaimsOf(w.user);
    const admin = actorOf(await makeStaff());
    await setCustomerUserEnabled(admin, w.user.id, false);
    expect(await reasonOf(claims.sid)).toBe("DEACTIVATED");
    await prisma.customerUserRole.create({
      data: {
        customerUserId: w.user.id,
        roleId: (await prisma.customerRole.create({ data: { name: `r-${w.t}` } })).id,
      },
    });
    await setCustomerUserEnabled(admin, w.user.id, true);
    await stillRefused(claims, w.website.id, w.user.id);
  });

  it("a lockout after failed sign-ins, which an unlock does not undo", async () => {
    const w = await makePasswordUser("Shop-pass-2026");
    const claims = await customerClaimsOf(w.user);
    const policy = { maxFailures: 2, windowMinutes: 60, lockoutMinutes: 30 };
    for (const password of ["wrong-pass-1", "wrong-pass-2"])
      await verifyCustomerLogin(
        { websiteId: w.website.id, email: w.user.email, password, ip: null },
        new Date(),
        policy,
      );
    expect(await reasonOf(claims.sid)).toBe("LOCKED");
    await unlockCustomerUser(actorOf(await makeStaff()), w.user.id);
    await stillRefused(claims, w.website.id, w.user.id);
  });

  it("a password reset by an administrator and a password change of their own", async () => {
    const reset = await makePasswordUser("Shop-pass-2026");
    const resetClaims = await customerClaimsOf(reset.user);
    await forcePasswordReset(actorOf(await makeStaff()), reset.user.id);
    expect(await reasonOf(resetClaims.sid)).toBe("PASSWORD_CHANGED");

    const own = await makePasswordUser("Shop-pass-2026");
    const [here, elsewhere] = [await customerClaimsOf(own.user), await customerClaimsOf(own.user)];
    const session = (await loadCustomerSession(here, own.website.id))!;
    await changeOwnPassword(shopActor(session, null), own.user.id, "Shop-pass-2026", "Fresh-pass-2026");
    expect([await reasonOf(here.sid), await reasonOf(elsewhere.sid)]).toEqual(["PASSWORD_CHANGED", "PASSWORD_CHANGED"]);
    await stillRefused(elsewhere, own.website.id, own.user.id);
  });
});

describe("the owner's list of sessions", () => {
  it("shows live sessions only, this one first, and notes use at most once a minute", async () => {
    const staff = await makeStaff();
    const owner = { staffUserId: staff.id };
    const now = new Date();
    const current = await signInRow(owner, new Date(now.getTime() - 10 * MINUTE));
    const other = await signInRow(owner, now);
    const ended = await signInRow(owner, now);
    await revokeSignedOutSession(owner, ended);
    await signInRow(owner, new Date(now.getTime() - 3 * 60 * MINUTE));
    const list = await listOwnSessions(owner, current, now);
    expect(list.map((s) => [s.id, s.current])).toEqual([
      [current, true],
      [other, false],
    ]);
    expect(list[0]).toMatchObject({ ip: "192.0.2.77", browser: { name: "Chrome", os: "Linux" } });

    await loadStaffSession(staff.id, 1, current, now);
    const seen = (await prisma.authSession.findUniqueOrThrow({ where: { id: current } })).lastSeenAt;
    expect(seen.getTime()).toBe(now.getTime());
    await loadStaffSession(staff.id, 1, current, new Date(now.getTime() + 30_000));
    expect((await prisma.authSession.findUniqueOrThrow({ where: { id: current } })).lastSeenAt).toEqual(seen);
  });

  it("notes a customer user's use at most once a minute too", async () => {
    const w = await makePasswordUser("Shop-pass-2026");
    const claims = await customerClaimsOf(w.user);
    const seen = async () =>
      (await prisma.authSession.findUniqueOrThrow({ where: { id: claims.sid } })).lastSeenAt.getTime();
    const signedIn = await seen();
    await loadCustomerSession(claims, w.website.id, new Date(signedIn + 30_000));
    expect(await seen()).toBe(signedIn);
    await loadCustomerSession(claims, w.website.id, new Date(signedIn + 2 * MINUTE));
    expect(await seen()).toBe(signedIn + 2 * MINUTE);
  });

  it("ends one other session or all others, only the owner's, audited", async () => {
    const staff = await makeStaff();
    const owner = { staffUserId: staff.id };
    const actor = actorOf(staff);
    const [current, a, b] = [await signInRow(owner), await signInRow(owner), await signInRow(owner)];
    const theirs = await signInRow({ staffUserId: (await makeStaff()).id });
    await expect(endOwnSession(actor, owner, theirs, current)).rejects.toMatchObject({ code: "notFound" });
    await expect(endOwnSession(actor, owner, current, current)).rejects.toMatchObject({ code: "notFound" });
    await endOwnSession(actor, owner, a, current);
    expect(await endOtherSessions(actor, owner, current)).toBe(1);
    expect([await reasonOf(current), await reasonOf(a), await reasonOf(b), await reasonOf(theirs)]).toEqual([
      null,
      "ENDED_BY_USER",
      "ENDED_BY_USER",
      null,
    ]);
    expect((await auditRows("staff-user", staff.id)).map((r) => [r.action, r.changes])).toEqual([
      ["end-session", { sessionId: { before: null, after: a } }],
      ["end-other-sessions", { sessionIds: { before: null, after: [b] } }],
    ]);
  });
});

describe("the daily clean-up", () => {
  it("deletes rows that ended or expired more than a week ago, and keeps the rest", async () => {
    const owner = { staffUserId: (await makeStaff()).id };
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * MINUTE);
    const oldExpired = await signInRow(owner, daysAgo(9));
    const oldEnded = await signInRow(owner, daysAgo(1));
    await prisma.authSession.update({
      where: { id: oldEnded },
      data: { revokedAt: daysAgo(8), revokeReason: "SIGNED_OUT" },
    });
    const recentExpired = await signInRow(owner, daysAgo(2));
    const live = await signInRow(owner);
    await deleteEndedSessions();
    const left = await prisma.authSession.findMany({ where: owner, select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([recentExpired, live].sort());
    expect(oldExpired).toBeTruthy();
  });
});
