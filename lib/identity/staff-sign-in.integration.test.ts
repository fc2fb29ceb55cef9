import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/identity/password";
import { verifyStaffLogin } from "@/lib/identity/staff-sign-in";

// every password check (a real one or the stand-in for an unknown e-mail) is counted; the hashing itself is real
vi.mock("@/lib/identity/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword), burnPasswordCheck: vi.fn(real.burnPasswordCheck) };
});
const checks = () => vi.mocked(verifyPassword).mock.calls.length + vi.mocked(burnPasswordCheck).mock.calls.length;

const t = () => randomUUID().slice(0, 8);

async function staff(status: "ACTIVE" | "DEACTIVATED" = "ACTIVE") {
  const id = t();
  const password = `Login-pass-${id}`;
  const user = await prisma.staffUser.create({
    data: {
      email: `login-${id}@example.com`,
      passwordHash: await hashPassword(password),
      firstName: "L",
      lastName: id,
      status,
    },
  });
  return { ...user, password };
}

describe("staff sign-in", () => {
  it("accepts the right password in any e-mail case and records the last login", async () => {
    const u = await staff();
    const res = await verifyStaffLogin(u.email.toUpperCase(), u.password, `10.0.0.${Math.floor(Math.random() * 250)}`);
    expect(res).toMatchObject({ kind: "ok", user: { id: u.id, sessionVersion: 1 } });
    expect((await prisma.staffUser.findUniqueOrThrow({ where: { id: u.id } })).lastLoginAt).not.toBeNull();
  });

  it("answers the same for an unknown e-mail, a wrong password and an inactive user", async () => {
    const ip = `10.1.0.${Math.floor(Math.random() * 250)}`;
    const u = await staff();
    const off = await staff("DEACTIVATED");
    expect(await verifyStaffLogin(u.email, "wrong", ip)).toEqual({ kind: "invalid" });
    expect(await verifyStaffLogin(`nobody-${t()}@example.com`, "wrong", ip)).toEqual({ kind: "invalid" });
    expect(await verifyStaffLogin(off.email, off.password, ip)).toEqual({ kind: "invalid" });
  });

  it("blocks an account after 9 failures within the window, for the right password too", async () => {
    const u = await staff();
    for (let i = 0; i < 9; i++) expect((await verifyStaffLogin(u.email, "wrong", `10.2.${i}.1`)).kind).toBe("invalid");
    const res = await verifyStaffLogin(u.email, u.password, "10.2.99.1");
    expect(res).toMatchObject({ kind: "throttled", minutes: 6 });
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `staff:email:${u.email}` } });
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 5 * 60_000);
  });

  it("checks at most the limit of parallel wrong passwords: the rest are refused unchecked and the account ends blocked", async () => {
    const u = await staff();
    const ip = `10.6.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    vi.clearAllMocks();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyStaffLogin(u.email, `parallel-${i}`, ip)),
    );
    expect(checks()).toBe(9);
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(9);
    expect(results.filter((r) => r.kind === "throttled")).toHaveLength(21);
    vi.clearAllMocks();
    expect((await verifyStaffLogin(u.email, u.password, "10.6.255.1")).kind).toBe("throttled");
    expect(checks()).toBe(0);
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `staff:email:${u.email}` } });
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 5 * 60_000);
    // the refused attempts were not charged to the address: only the nine checked ones were
    expect((await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `staff:ip:${ip}` } })).failures).toBe(9);
  });

  it("blocks an address that fails across many accounts", async () => {
    const ip = `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 50; i++) await verifyStaffLogin(`spray-${t()}@example.com`, "wrong", ip);
    const u = await staff();
    expect((await verifyStaffLogin(u.email, u.password, ip)).kind).toBe("throttled");
    expect((await verifyStaffLogin(u.email, u.password, "10.4.0.1")).kind).toBe("ok");
  });

  it("a failure outside the window starts a new count", async () => {
    const u = await staff();
    await prisma.loginThrottle.create({
      data: { key: `staff:email:${u.email}`, failures: 8, windowStart: new Date(Date.now() - 16 * 60_000) },
    });
    expect((await verifyStaffLogin(u.email, "wrong", "10.5.0.1")).kind).toBe("invalid");
    expect((await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `staff:email:${u.email}` } })).failures).toBe(
      1,
    );
    expect((await verifyStaffLogin(u.email, u.password, "10.5.0.1")).kind).toBe("ok");
  });
});
