import { beforeEach, describe, expect, it } from "vitest";

import { getSetting, getSettings } from "@/lib/config/settings";
import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeAdmin } from "@/tests/staff-fixtures";

import { listWebsiteSwitches, saveSettings } from "./service";

// settings are one per system: each test starts from none saved
beforeEach(async () => {
  await prisma.systemSetting.deleteMany({ where: { key: "quickActionMode" } });
});

describe("system settings", () => {
  it("reads the default until a value is saved, then the saved value, audited once per change", async () => {
    const { actor } = await makeAdmin();
    expect(await getSetting("quickActionMode")).toBe("same-page");
    await saveSettings(actor, { quickActionMode: "dialog" });
    expect(await getSettings()).toMatchObject({ quickActionMode: "dialog" });
    await saveSettings(actor, { quickActionMode: "dialog" });
    const audit = await prisma.auditLog.findMany({ where: { entity: "system-setting", actorStaffId: actor.staffId } });
    expect(audit.map((a) => a.changes)).toEqual([{ quickActionMode: { before: "same-page", after: "dialog" } }]);
  });

  it("has the storefront lockout defaults until they are set", async () => {
    await prisma.systemSetting.deleteMany({
      where: {
        key: { in: ["customerLoginMaxFailures", "customerLoginFailureWindowMinutes", "customerLockoutMinutes"] },
      },
    });
    expect(await getSettings()).toMatchObject({
      customerLoginMaxFailures: 10,
      customerLoginFailureWindowMinutes: 60,
      customerLockoutMinutes: 60,
    });
  });

  it("reads a stored value that no longer fits its shape as the default", async () => {
    await prisma.systemSetting.create({ data: { key: "quickActionMode", value: "popup-window" } });
    expect(await getSetting("quickActionMode")).toBe("same-page");
  });

  it("saves each website's impersonation switch with the settings, audited once per website that changed", async () => {
    const { actor } = await makeAdmin();
    const [{ website: a }, { website: b }] = await Promise.all([makeCustomerUser(), makeCustomerUser()]);
    await prisma.website.update({ where: { id: b.id }, data: { impersonationEnabled: true } });
    await saveSettings(actor, {}, [
      { id: a.id, impersonationEnabled: true },
      { id: b.id, impersonationEnabled: true },
    ]);
    const switches = new Map((await listWebsiteSwitches()).map((w) => [w.id, w.impersonationEnabled]));
    expect([switches.get(a.id), switches.get(b.id)]).toEqual([true, true]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "website", actorStaffId: actor.staffId } });
    expect(audit.map((r) => [r.entityId, r.changes])).toEqual([
      [a.id, { impersonationEnabled: { before: false, after: true } }],
    ]);
    expect(await prisma.auditLog.count({ where: { entity: "system-setting", actorStaffId: actor.staffId } })).toBe(0);
  });

  it("saves each website's Storefront API switch, audited; a switch not sent stays as it is", async () => {
    const { actor } = await makeAdmin();
    const [{ website: a }, { website: b }] = await Promise.all([makeCustomerUser(), makeCustomerUser()]);
    await prisma.website.update({ where: { id: b.id }, data: { apiEnabled: true } });
    await saveSettings(actor, {}, [
      { id: a.id, impersonationEnabled: false, apiEnabled: true },
      { id: b.id, impersonationEnabled: false },
    ]);
    const apis = new Map((await listWebsiteSwitches()).map((w) => [w.id, w.apiEnabled]));
    expect([apis.get(a.id), apis.get(b.id)]).toEqual([true, true]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "website", actorStaffId: actor.staffId } });
    expect(audit.map((r) => [r.entityId, r.changes])).toEqual([[a.id, { apiEnabled: { before: false, after: true } }]]);
  });

  it("saves the impersonation settings, and a website that no longer exists changes nothing", async () => {
    const { actor } = await makeAdmin();
    await prisma.systemSetting.deleteMany({ where: { key: "impersonationMaxMinutes" } });
    await saveSettings(actor, { impersonationMaxMinutes: 45 }, [{ id: "no-such-website", impersonationEnabled: true }]);
    expect(await getSetting("impersonationMaxMinutes")).toBe(45);
    expect(await prisma.auditLog.count({ where: { entity: "website", actorStaffId: actor.staffId } })).toBe(0);
    await prisma.systemSetting.deleteMany({ where: { key: "impersonationMaxMinutes" } });
  });
});
