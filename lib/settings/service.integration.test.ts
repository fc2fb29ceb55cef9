import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { makeAdmin } from "@/tests/staff-fixtures";
import { getSetting, getSettings, saveSettings } from "./service";

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
    await prisma.systemSetting.deleteMany({ where: { key: { in: ["customerLoginMaxFailures", "customerLoginFailureWindowMinutes", "customerLockoutMinutes"] } } });
    expect(await getSettings()).toMatchObject({ customerLoginMaxFailures: 10, customerLoginFailureWindowMinutes: 60, customerLockoutMinutes: 60 });
  });

  it("reads a stored value that no longer fits its shape as the default", async () => {
    await prisma.systemSetting.create({ data: { key: "quickActionMode", value: "popup-window" } });
    expect(await getSetting("quickActionMode")).toBe("same-page");
  });
});
