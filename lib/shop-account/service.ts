import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { formatPhone } from "@/lib/contact-fields";
import { isUniqueViolation, prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { verifyPassword } from "@/lib/identity/password";
import {
  assertNotReused,
  assertPasswordAllowed,
  customerPasswordRules,
  storeNewPassword,
} from "@/lib/identity/shop-password-rules";
import type { CustomerSession } from "@/lib/identity/shop-session";

import type { ProfileValues } from "./schema";

export type Profile = {
  firstName: string;
  lastName: string;
  phone: string;
  birthday: string;
  preferredLocale: string;
  email: string;
  companyName: string;
};

export async function getProfile(customerUserId: string): Promise<Profile> {
  const u = await prisma.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: {
      firstName: true,
      lastName: true,
      phone: true,
      birthday: true,
      email: true,
      preferredLocalization: { select: { code: true } },
      company: { select: { name: true } },
    },
  });
  return {
    firstName: u.firstName,
    lastName: u.lastName,
    phone: formatPhone(u.phone),
    birthday: u.birthday?.toISOString().slice(0, 10) ?? "",
    preferredLocale: u.preferredLocalization?.code ?? "",
    email: u.email,
    companyName: u.company.name,
  };
}

/** Names, phone, birthday and a preferred localization that must be one of the user's website. */
export async function updateProfile(actor: Actor, customer: CustomerSession, v: ProfileValues): Promise<void> {
  await transaction(async (tx) => {
    let preferredLocalizationId: string | null = null;
    if (v.preferredLocale) {
      const offered = await tx.websiteLocalization.findFirst({
        where: { websiteId: customer.websiteId, localization: { code: v.preferredLocale } },
        select: { localizationId: true },
      });
      if (!offered) throw new DomainError("preferredLocaleInvalid", "preferredLocale");
      preferredLocalizationId = offered.localizationId;
    }
    const select = {
      firstName: true,
      lastName: true,
      phone: true,
      birthday: true,
      preferredLocalizationId: true,
    } as const;
    const before = await tx.customerUser.findUniqueOrThrow({ where: { id: customer.id }, select });
    const after = await tx.customerUser.update({
      where: { id: customer.id },
      data: {
        firstName: v.firstName,
        lastName: v.lastName,
        phone: v.phone,
        birthday: v.birthday,
        preferredLocalizationId,
      },
      select,
    });
    await recordAudit(tx, actor, { entity: "customer-user", entityId: customer.id, action: "update", before, after });
  });
}

/**
 * A new sign-in e-mail address, with the current password as proof. It stays unique per website
 * whatever the case, which the database's unique index decides, not a read before the write.
 */
export async function changeOwnEmail(
  actor: Actor,
  customer: { id: string },
  currentPassword: string,
  email: string,
): Promise<void> {
  const row = await prisma.customerUser.findUniqueOrThrow({
    where: { id: customer.id },
    select: { passwordHash: true, email: true },
  });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword)))
    throw new DomainError("currentPasswordWrong", "currentPassword");
  if (row.email === email) return;
  try {
    await transaction(async (tx) => {
      await tx.customerUser.update({ where: { id: customer.id }, data: { email } });
      await recordAudit(tx, actor, {
        entity: "customer-user",
        entityId: customer.id,
        action: "update",
        before: { email: row.email },
        after: { email },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("customerEmailTaken", "email");
    throw e;
  }
}

/**
 * A new password, with the current one as proof, under the configured policy and history rule.
 * The session version moves on, so every other session of the account ends; the caller signs this
 * browser in again. An expired password becomes ACTIVE this way.
 */
export async function changeOwnPassword(
  actor: Actor,
  customerUserId: string,
  currentPassword: string,
  password: string,
  now = new Date(),
): Promise<void> {
  const row = await prisma.customerUser.findUniqueOrThrow({
    where: { id: customerUserId },
    select: { passwordHash: true, email: true },
  });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword)))
    throw new DomainError("currentPasswordWrong", "currentPassword");
  const rules = await customerPasswordRules();
  assertPasswordAllowed(rules, password, row.email);
  await transaction(
    async (tx) => {
      await assertNotReused(tx, rules, customerUserId, password);
      await storeNewPassword(tx, customerUserId, password, now);
      await recordAudit(tx, actor, {
        entity: "customer-user",
        entityId: customerUserId,
        action: "change-password",
        after: { passwordHash: "changed" },
      });
    },
    { timeout: 30_000 },
  );
}
