import { describe, expect, it } from "vitest";

import type { Permission } from "@/lib/acl/resources";
import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeStaff, tag } from "@/tests/staff-fixtures";

import { dashboard, periodRange, widgetSeries } from "./service";

// a period of its own, far from the rows other tests write today
const NOW = new Date("2041-05-20T12:00:00Z");
const at = (day: string, time = "10:00:00") => new Date(`${day}T${time}Z`);

async function seedPeriod() {
  const { user, company, website } = await makeCustomerUser({ createdAt: at("2041-05-19") });
  const staff = await makeStaff();
  const order = (day: string, assisted: boolean) =>
    prisma.order.create({
      data: {
        number: `DB-${tag()}`,
        companyId: company.id,
        customerUserId: user.id,
        currency: "EUR",
        subtotal: 100,
        total: 100,
        createdAt: at(day),
        createdByStaffUserId: assisted ? staff.id : null,
      },
    });
  await order("2041-05-18", false);
  await order("2041-05-18", false);
  await order("2041-05-18", true);
  await order("2041-05-20", true);
  // the day before the 7-day period and the day after it are not counted
  await order("2041-05-13", false);
  await order("2041-05-21", false);
  const attempt = (day: string, success: boolean, lockedOut = false) =>
    prisma.customerLoginAttempt.create({
      data: {
        email: user.email,
        websiteId: website.id,
        customerUserId: user.id,
        success,
        lockedOut,
        source: "STOREFRONT",
        createdAt: at(day),
      },
    });
  await attempt("2041-05-19", true);
  await attempt("2041-05-19", false);
  await attempt("2041-05-19", false, true);
  await prisma.impersonationSession.create({
    data: {
      staffUserId: staff.id,
      customerUserId: user.id,
      customerEmail: user.email,
      websiteId: website.id,
      purpose: "ASSIST",
      reason: "help",
      startTokenExpiresAt: at("2041-05-17"),
      expiresAt: at("2041-05-17", "11:00:00"),
      createdAt: at("2041-05-17"),
    },
  });
}

describe("the dashboard", () => {
  it("counts per UTC day over the period, with a zero for days without rows", async () => {
    await seedPeriod();
    expect(periodRange(7, NOW)).toEqual({ from: "2041-05-14", to: "2041-05-21" });
    const orders = await widgetSeries("orders", 7, NOW);
    expect(orders.map((p) => p.day)).toEqual([
      "2041-05-14",
      "2041-05-15",
      "2041-05-16",
      "2041-05-17",
      "2041-05-18",
      "2041-05-19",
      "2041-05-20",
    ]);
    expect(orders.find((p) => p.day === "2041-05-18")).toEqual({ day: "2041-05-18", customer: 2, assisted: 1 });
    expect(orders.find((p) => p.day === "2041-05-20")).toEqual({ day: "2041-05-20", customer: 0, assisted: 1 });
    expect(orders.find((p) => p.day === "2041-05-14")).toEqual({ day: "2041-05-14", customer: 0, assisted: 0 });

    const widgets = await dashboard(() => true, 7, NOW);
    const totals = Object.fromEntries(widgets.map((w) => [w.key, w.totals]));
    expect(totals.orders).toEqual({ customer: 2, assisted: 2 });
    expect(totals.signIns).toEqual({ succeeded: 1, failed: 2, lockouts: 1 });
    expect(totals.impersonations).toEqual({ assist: 1, preview: 0 });
    expect(totals.newCustomerUsers).toEqual({ created: 1 });
    // 30 days reach back to the order of the 13th as well
    expect((await dashboard(() => true, 30, NOW)).find((w) => w.key === "orders")?.totals).toEqual({
      customer: 3,
      assisted: 2,
    });
  });

  it("leaves out each widget the viewer may not see", async () => {
    const only =
      (...allowed: Permission[]) =>
      (p: Permission) =>
        allowed.includes(p);
    expect((await dashboard(only("sales/order/view"), 7, NOW)).map((w) => w.key)).toEqual(["orders"]);
    expect(
      (await dashboard(only("customers/login-attempt/view", "customers/customer-user/view"), 7, NOW)).map((w) => w.key),
    ).toEqual(["signIns", "newCustomerUsers"]);
    expect((await dashboard(only("customers/impersonation/view"), 7, NOW)).map((w) => w.key)).toEqual([
      "impersonations",
    ]);
    expect(await dashboard(only("catalog/product/view"), 7, NOW)).toEqual([]);
  });
});
