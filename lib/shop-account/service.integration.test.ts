import { describe, expect, it } from "vitest";

import { addAddress } from "@/lib/customer-users/addresses";
import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { hashPassword, verifyPassword } from "@/lib/identity/password";
import { loadCustomerSession } from "@/lib/identity/shop-session";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { customerClaimsOf } from "@/tests/session-fixtures";
import { auditRows } from "@/tests/staff-fixtures";

import { deleteOwnAddress, listOwnAddresses, updateOwnAddress } from "./addresses";
import { changeOwnEmail, changeOwnPassword, updateProfile } from "./service";

const address = (city: string, over: object = {}) => ({
  label: null,
  organization: null,
  firstName: null,
  lastName: null,
  street: "Main St 1",
  street2: null,
  city,
  postalCode: "10115",
  region: null,
  country: "DE",
  phone: null,
  billing: true,
  shipping: true,
  defaultBilling: false,
  defaultShipping: false,
  ...over,
});

async function signedIn() {
  const w = await makeCustomerUser({ confirmed: true, passwordHash: await hashPassword("Old-pass-2026") });
  const claims = await customerClaimsOf(w.user);
  const session = (await loadCustomerSession(claims, w.website.id))!;
  return { ...w, claims, session, actor: shopActor(session, "192.0.2.30") };
}

describe("the customer's own account", () => {
  it("changes the e-mail address only with the current password, never to one another user of the website has", async () => {
    const w = await signedIn();
    const other = await prisma.customerUser.create({
      data: {
        companyId: w.company.id,
        websiteId: w.website.id,
        email: `taken-${w.t}@example.com`,
        firstName: "T",
        lastName: "Aken",
      },
    });
    const next = `renamed-${w.t}@example.com`;
    await expect(changeOwnEmail(w.actor, w.session, "wrong-current-1", next)).rejects.toMatchObject({
      code: "currentPasswordWrong",
      field: "currentPassword",
    });
    await expect(changeOwnEmail(w.actor, w.session, "Old-pass-2026", other.email)).rejects.toMatchObject({
      code: "customerEmailTaken",
      field: "email",
    });
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).email).toBe(w.user.email);
    await changeOwnEmail(w.actor, w.session, "Old-pass-2026", next);
    expect((await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).email).toBe(next);
    expect((await auditRows("customer-user", w.user.id)).map((r) => [r.action, r.changes])).toEqual([
      ["update", { email: { before: w.user.email, after: next } }],
    ]);
  });

  it("changes the password only with the current one, and ends the other sessions", async () => {
    const w = await signedIn();
    await expect(changeOwnPassword(w.actor, w.user.id, "wrong-current-1", "New-pass-2026")).rejects.toMatchObject({
      code: "currentPasswordWrong",
      field: "currentPassword",
    });
    await changeOwnPassword(w.actor, w.user.id, "Old-pass-2026", "New-pass-2026");
    const u = await prisma.customerUser.findUniqueOrThrow({
      where: { id: w.user.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    expect(await verifyPassword(u.passwordHash!, "New-pass-2026")).toBe(true);
    expect(u.sessionVersion).toBe(w.user.sessionVersion + 1);
    expect(await loadCustomerSession(w.claims, w.website.id)).toBeNull();
    expect((await auditRows("customer-user", w.user.id)).map((r) => [r.action, r.actorLabel])).toEqual([
      ["change-password", `storefront: ${w.user.email}`],
    ]);
  });

  it("keeps the profile, with a preferred localization only from the user's website", async () => {
    const w = await signedIn();
    const values = {
      firstName: "Nina",
      lastName: "Neu",
      phone: "+49 1",
      birthday: new Date("1990-02-03T00:00:00Z"),
      preferredLocale: "xx-unknown",
    };
    await expect(updateProfile(w.actor, w.session, values)).rejects.toMatchObject({
      code: "preferredLocaleInvalid",
      field: "preferredLocale",
    });
    await prisma.websiteLocalization.create({ data: { websiteId: w.website.id, localizationId: w.lang.id } });
    await updateProfile(w.actor, w.session, { ...values, preferredLocale: w.lang.code });
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: w.user.id } })).toMatchObject({
      firstName: "Nina",
      phone: "+49 1",
      preferredLocalizationId: w.lang.id,
    });
  });

  it("edits and deletes only its own addresses; a new default replaces the old one", async () => {
    const w = await signedIn();
    const other = await signedIn();
    const first = await addAddress(w.actor, w.user.id, address("Berlin", { defaultBilling: true }));
    const second = await addAddress(w.actor, w.user.id, address("Hamburg"));
    await updateOwnAddress(w.actor, w.user.id, second.id, address("Bremen", { defaultBilling: true }));
    expect((await listOwnAddresses(w.user.id)).map((a) => [a.city, a.defaultBilling])).toEqual([
      ["Berlin", false],
      ["Bremen", true],
    ]);

    await expect(updateOwnAddress(other.actor, other.user.id, first.id, address("Stolen"))).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(deleteOwnAddress(other.actor, other.user.id, first.id)).rejects.toMatchObject({ code: "notFound" });
    expect(await prisma.customerAddress.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      city: "Berlin",
    });

    await deleteOwnAddress(w.actor, w.user.id, first.id);
    expect((await listOwnAddresses(w.user.id)).map((a) => a.city)).toEqual(["Bremen"]);
  });
});
