import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { auditRows, makeAdmin, tag } from "@/tests/staff-fixtures";

import { deleteConsent, saveConsent } from "./service";
import { acceptConsent, listShopConsents, revokeConsent } from "./storefront";

/** Optional and inactive consents never block anyone's registration, so tests may leave them behind. */
const consentOf = (extra: { mandatory?: boolean; active?: boolean } = {}) => {
  const t = tag();
  return prisma.consent.create({
    data: { code: `c-${t}`, name: `Consent ${t}`, active: extra.active ?? true, mandatory: extra.mandatory ?? false },
  });
};

describe("consents in the back office", () => {
  it("creates a consent linked to a page, audited; a taken code is refused at the field", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const page = await prisma.cmsPage.create({ data: { slug: `terms-${t}`, title: "Terms" } });
    const values = { code: `terms-${t}`, name: `Terms ${t}`, mandatory: false, cmsPageId: page.id, active: true };
    const { id } = await saveConsent(actor, undefined, values);
    expect(await prisma.consent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: `terms-${t}`,
      cmsPageId: page.id,
      active: true,
    });
    expect((await auditRows("consent", id)).map((r) => r.action)).toEqual(["create"]);
    await expect(saveConsent(actor, undefined, { ...values, name: "Other" })).rejects.toMatchObject({
      code: "consentCodeTaken",
      field: "code",
    });
  });

  it("refuses to delete a consent someone accepted; deactivating keeps the acceptance", async () => {
    const { actor } = await makeAdmin();
    const consent = await consentOf();
    const { user } = await makeCustomerUser({ confirmed: true });
    await acceptConsent(user.id, consent.id);
    await expect(deleteConsent(actor, consent.id)).rejects.toMatchObject({ code: "consentInUse" });
    await saveConsent(actor, consent.id, {
      code: consent.code,
      name: consent.name,
      mandatory: false,
      cmsPageId: "",
      active: false,
    });
    expect(await prisma.consentAcceptance.count({ where: { consentId: consent.id } })).toBe(1);
    expect((await listShopConsents(user.id)).some((c) => c.id === consent.id)).toBe(false);
    const unused = await consentOf();
    await deleteConsent(actor, unused.id);
    expect(await prisma.consent.findUnique({ where: { id: unused.id } })).toBeNull();
  });
});

describe("consents on the storefront", () => {
  it("accepts and revokes an optional consent; accepting again keeps the first time", async () => {
    const consent = await consentOf();
    const { user } = await makeCustomerUser({ confirmed: true });
    await acceptConsent(user.id, consent.id);
    const first = await prisma.consentAcceptance.findUniqueOrThrow({
      where: { customerUserId_consentId: { customerUserId: user.id, consentId: consent.id } },
    });
    await acceptConsent(user.id, consent.id);
    expect((await listShopConsents(user.id)).find((c) => c.id === consent.id)?.acceptedAt).toEqual(first.acceptedAt);
    await revokeConsent(user.id, consent.id);
    expect(await prisma.consentAcceptance.count({ where: { customerUserId: user.id } })).toBe(0);
  });

  it("a mandatory consent cannot be revoked; an inactive one cannot be accepted", async () => {
    const mandatory = await consentOf({ mandatory: true, active: false });
    const { user } = await makeCustomerUser({ confirmed: true });
    await prisma.consentAcceptance.create({ data: { consentId: mandatory.id, customerUserId: user.id } });
    await expect(revokeConsent(user.id, mandatory.id)).rejects.toMatchObject({ code: "consentMandatory" });
    expect(await prisma.consentAcceptance.count({ where: { customerUserId: user.id } })).toBe(1);
    const inactive = await consentOf({ active: false });
    await expect(acceptConsent(user.id, inactive.id)).rejects.toMatchObject({ code: "notFound" });
    expect(await prisma.consentAcceptance.count({ where: { consentId: inactive.id } })).toBe(0);
  });
});
