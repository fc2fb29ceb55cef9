import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeApplicationOwner } from "@/tests/oauth-owner-fixtures";
import { staffSessionOf } from "@/tests/session-fixtures";
import { allow, deny, makeGroup, makeRole, makeStaff, tag, type SeedRule } from "@/tests/staff-fixtures";

const signed = vi.hoisted(() => ({ staff: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.61" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => createTranslator({ locale: "en", messages }) }));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/identity/staff-session")>()),
  currentStaff: async () => signed.staff,
}));

const actions = await import("./staff-actions");

async function signInWith(rules: SeedRule[]) {
  const role = await makeRole(`oauth-${tag()}`, rules);
  const group = await makeGroup(`oauth-${tag()}`, [role.id]);
  const staff = await makeStaff([group.id]);
  signed.staff = await staffSessionOf(staff.id);
  return staff;
}

const values = { name: "Procurement", active: true, scopes: ["me:read"], expiresOn: "" };
const applications = (customerUserId: string) => prisma.oAuthApplication.count({ where: { customerUserId } });

describe("OAuth application staff actions", () => {
  it("refuse a staff member who may manage applications but not view customer users, writing nothing", async () => {
    const { user } = await makeApplicationOwner();
    await signInWith([allow("*", "*", "*"), deny("customers", "customer-user", "view")]);
    await expect(actions.createApplicationAction({ customerUserId: user.id, values })).resolves.toEqual({
      ok: false,
      message: "You do not have the permission to do this.",
    });
    expect(await applications(user.id)).toBe(0);
    expect(await prisma.emailMessage.count({ where: { recipientId: user.id } })).toBe(0);
  });

  it("create answers the client ID and secret once; a scope beyond the owner is refused at its field", async () => {
    const { user } = await makeApplicationOwner();
    await signInWith([allow("*", "*", "*")]);
    const refused = await actions.createApplicationAction({
      customerUserId: user.id,
      values: { ...values, scopes: ["me:read", "addresses:write"] },
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { scopes: [expect.stringContaining("addresses:write")] } });
    expect(await applications(user.id)).toBe(0);

    const created = await actions.createApplicationAction({ customerUserId: user.id, values });
    expect(created).toEqual({
      ok: true,
      data: { clientId: expect.stringMatching(/^cc_/), clientSecret: expect.stringMatching(/^cs_/) },
    });
    expect(await applications(user.id)).toBe(1);
  });

  it("an application that does not exist is not found; editing is not deleting", async () => {
    const { user } = await makeApplicationOwner();
    await signInWith([allow("*", "*", "*")]);
    const created = await actions.createApplicationAction({ customerUserId: user.id, values });
    const id = (await prisma.oAuthApplication.findFirstOrThrow({ where: { customerUserId: user.id } })).id;
    expect(created.ok).toBe(true);
    await expect(actions.regenerateSecretAction({ id: "no-such-app", overlapHours: 1 })).resolves.toEqual({
      ok: false,
      message: "This record no longer exists.",
    });

    await signInWith([allow("customers", "*", "view"), allow("customers", "oauth-application", "edit")]);
    await expect(actions.deleteApplicationAction({ id })).resolves.toMatchObject({ ok: false });
    await expect(actions.regenerateSecretAction({ id, overlapHours: 25 })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { overlapHours: ["Enter a whole number from 0 to 24."] },
    });
    await expect(actions.setApplicationActiveAction({ id, active: false })).resolves.toEqual({ ok: true });
    expect(await prisma.oAuthApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
  });
});
