import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { CustomerSession } from "@/lib/identity/shop-session";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeStaff } from "@/tests/staff-fixtures";

/** Who is signed in on each realm for the request under test: nobody, or the session given. */
const signed = vi.hoisted(() => ({ customer: null as unknown, staff: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.60" }) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => createTranslator({ locale: "en", messages }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
vi.mock("@/lib/identity/shop-session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/identity/shop-session")>()),
  currentCustomer: async () => signed.customer,
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/identity/staff-session")>()),
  currentStaff: async () => signed.staff,
}));

const { shopAction } = await import("./shop-action");
const { staffAction } = await import("./staff-action");

const schema = () => z.object({ street: z.string().min(3) });
const redirectOf = (p: Promise<unknown>) =>
  p.then(
    () => "no redirect",
    (e: { digest?: string }) => e.digest?.split(";")[2] ?? String(e),
  );

/** A customer user, and a staff member in a live assistance session as them. */
async function impersonated() {
  const w = await makeCustomerUser({ confirmed: true });
  const staff = await makeStaff();
  const row = await prisma.impersonationSession.create({
    data: {
      staffUserId: staff.id,
      customerUserId: w.user.id,
      customerEmail: w.user.email,
      websiteId: w.website.id,
      purpose: "ASSIST",
      reason: "Ticket 1",
      startTokenExpiresAt: new Date(),
      startedAt: new Date(),
      expiresAt: new Date(Date.now() + 30 * 60_000),
    },
  });
  const session = {
    id: w.user.id,
    email: w.user.email,
    firstName: w.user.firstName,
    companyId: w.company.id,
    websiteId: w.website.id,
    customerGroupId: null,
    passwordExpired: false,
    impersonation: {
      sessionId: row.id,
      staffUserId: staff.id,
      staffName: "Sam Staff",
      purpose: "ASSIST",
      expiresAt: row.expiresAt,
      startPath: "/",
    },
  } as unknown as CustomerSession;
  return { w, row, session };
}

const addresses = (customerUserId: string) => prisma.customerAddress.count({ where: { customerUserId } });
const audited = (sessionId: string) =>
  prisma.auditLog.findMany({
    where: { impersonationSessionId: sessionId },
    select: { action: true, actorStaffId: true },
  });

beforeEach(() => {
  signed.customer = null;
  signed.staff = null;
});

describe("the action wrappers authenticate before they parse", () => {
  it("a signed-out caller posting bad input is sent to sign in on either realm, never shown the form's errors", async () => {
    const shop = shopAction("probe", schema, async () => ({ ok: true }));
    const staff = staffAction("customers/customer-user/edit", schema, async () => ({ ok: true }));
    expect(await redirectOf(shop({ street: 1 }))).toBe("/login");
    expect(await redirectOf(staff({ street: 1 }))).toBe("/admin/login");
  });
});

describe("a storefront write made while impersonating", () => {
  const write = (ctx: { customer: CustomerSession; input: { street: string } }) =>
    transaction((tx) =>
      tx.customerAddress.create({
        data: {
          customerUserId: ctx.customer.id,
          street: ctx.input.street,
          city: "Berlin",
          postalCode: "10115",
          country: "DE",
        },
      }),
    );

  it("is audited with the assisting staff member in the transaction of the write", async () => {
    const { w, row, session } = await impersonated();
    signed.customer = session;
    const action = shopAction("addAddress", schema, async (ctx) => {
      await write(ctx);
      expect(ctx.actor).toMatchObject({ staffId: row.staffUserId, impersonationSessionId: row.id });
      return { ok: true };
    });
    expect(await action({ street: "Main St 1" })).toEqual({ ok: true });
    expect(await addresses(w.user.id)).toBe(1);
    expect(await audited(row.id)).toEqual([{ action: "storefront:addAddress", actorStaffId: row.staffUserId }]);
  });

  it("leaves neither the write nor its record when the action is refused after writing", async () => {
    const { w, row, session } = await impersonated();
    signed.customer = session;
    const action = shopAction("addAddress", schema, async (ctx) => {
      await write(ctx);
      throw new DomainError("notFound");
    });
    expect(await action({ street: "Main St 1" })).toMatchObject({
      ok: false,
      message: "This record no longer exists.",
    });
    expect(await addresses(w.user.id)).toBe(0);
    expect(await audited(row.id)).toEqual([]);
  });

  it("commits the write and its record before following the action's redirect", async () => {
    const { w, row, session } = await impersonated();
    signed.customer = session;
    const { redirect } = await import("next/navigation");
    const action = shopAction("addAddress", schema, async (ctx) => {
      await write(ctx);
      return redirect("/account/addresses");
    });
    expect(await redirectOf(action({ street: "Main St 1" }))).toBe("/account/addresses");
    expect(await addresses(w.user.id)).toBe(1);
    expect(await audited(row.id)).toHaveLength(1);
  });
});
