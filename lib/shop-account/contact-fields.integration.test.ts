import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { fingerprint } from "@/tests/fingerprint";
import { signInRow } from "@/tests/session-fixtures";
import { address } from "@/tests/shop-action-inputs";

import { addOwnAddressAction } from "./address-shop-actions";
import { updateProfileAction } from "./profile-shop-actions";

const session = vi.hoisted(() => ({ customerUserId: null as string | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.21" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/shop-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/shop-session")>();
  return {
    ...real,
    currentCustomer: async () => {
      if (!session.customerUserId) return null;
      const u = await prisma.customerUser.findUniqueOrThrow({
        where: { id: session.customerUserId },
        select: {
          sessionVersion: true,
          websiteId: true,
          authSessions: { where: { revokedAt: null }, select: { id: true }, take: 1 },
        },
      });
      return real.loadCustomerSession(
        { sub: session.customerUserId, sv: u.sessionVersion, wid: u.websiteId, sid: u.authSessions[0]?.id },
        u.websiteId,
      );
    },
  };
});

async function signedInCustomer() {
  const { user } = await makeCustomerUser({ confirmed: true });
  await signInRow({ customerUserId: user.id });
  session.customerUserId = user.id;
  return user;
}
const profile = (over: object) => ({
  firstName: "Anna",
  lastName: "Schmidt",
  phone: "",
  birthday: "",
  preferredLocale: "",
  ...over,
});
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe("phone numbers and birthdays on the storefront", () => {
  it("refuses a birthday in the future or before 1900 and a free-text phone, at the field, writing nothing", async () => {
    await signedInCustomer();
    const before = await fingerprint();
    expect(await updateProfileAction(profile({ birthday: tomorrow() }))).toMatchObject({
      ok: false,
      fieldErrors: { birthday: ["A birthday cannot be in the future."] },
    });
    expect(await updateProfileAction(profile({ birthday: "1850-02-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { birthday: ["Enter a birthday from 1900 on."] },
    });
    expect(await updateProfileAction(profile({ birthday: "2001-02-30" }))).toMatchObject({
      ok: false,
      fieldErrors: { birthday: ["Enter a valid date."] },
    });
    expect(await updateProfileAction(profile({ phone: "call me after 5" }))).toMatchObject({
      ok: false,
      fieldErrors: { phone: ["Enter a phone number with its country code, e.g. +49 30 1234567."] },
    });
    expect(await updateProfileAction(profile({ phone: "+49 12" }))).toMatchObject({
      ok: false,
      fieldErrors: { phone: [expect.any(String)] },
    });
    expect(await fingerprint()).toBe(before);
  });

  it("stores a valid phone in E.164 and a past birthday", async () => {
    const user = await signedInCustomer();
    expect(await updateProfileAction(profile({ phone: "+49 (30) 1234-5678", birthday: "1984-02-29" }))).toMatchObject({
      ok: true,
    });
    const stored = await prisma.customerUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.phone).toBe("+493012345678");
    expect(stored.birthday?.toISOString().slice(0, 10)).toBe("1984-02-29");
  });

  it("reads an address's phone as dialled in its country and stores it in E.164; refuses one that is not a number there", async () => {
    const user = await signedInCustomer();
    const before = await fingerprint();
    expect(await addOwnAddressAction({ address: { ...address, phone: "ring the bell" } })).toMatchObject({
      ok: false,
      fieldErrors: { address: ["Enter a phone number valid in DE, or with its country code."] },
    });
    expect(await fingerprint()).toBe(before);
    expect(await addOwnAddressAction({ address: { ...address, phone: "030 12345678" } })).toMatchObject({ ok: true });
    expect((await prisma.customerAddress.findFirstOrThrow({ where: { customerUserId: user.id } })).phone).toBe(
      "+493012345678",
    );
  });
});
