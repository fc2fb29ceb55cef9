import "server-only";

import { recordAudits, type Actor } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { revokeSessions } from "@/lib/identity/session-store";
import { sortableIds } from "@/lib/sortable-ids";

import { normalizeDefaults, withoutId } from "./address-schema";
import { sendSetPasswordLink } from "./password-reset";
import type { CustomerUserFormValues } from "./schema";
import { sendPendingWelcome, welcomeOnCreate } from "./welcome";
import {
  addressRefusals,
  assignableRefusals,
  auditSnapshots,
  personalData,
  refuseTakenEmails,
  syncAddresses,
} from "./write-helpers";

/** Per form of a batch: why it was refused (a DomainError with its field), or null where it was written. */
export type Refusals = (DomainError | null)[];

/** A new user as the form (or an import) gives it: the company is an existing one by now. */
export type NewCustomerUser = {
  values: CustomerUserFormValues;
  /** the password typed or generated on the form, for the welcome e-mail; null for an imported user */
  password: string | null;
  passwordHash: string | null;
  /** an imported user: the enabled ones get the set-password link of a forced reset */
  invite: boolean;
};
export type ChangedCustomerUser = { id: string; values: CustomerUserFormValues };

const uniqueRoles = (v: CustomerUserFormValues) => [...new Set(v.roleIds)];

/**
 * One INSERT from arrays for the users' own columns (the ORM's multi-row insert of 500 users took
 * longer to build than to run). Staff vouch for the address they type in, as Oro's back office
 * does: no confirmation e-mail. Without a password the user sets one through a link.
 */
async function insertUsers(tx: Tx, items: NewCustomerUser[], ids: string[]): Promise<void> {
  const col = <K extends keyof ReturnType<typeof personalData>>(k: K) => items.map((i) => personalData(i.values)[k]);
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "CustomerUser" (id, "companyId", "websiteId", email, "namePrefix", "firstName", "middleName",
      "lastName", "nameSuffix", birthday, phone, enabled, "salesRepId", "preferredLocalizationId", "passwordHash",
      "passwordStatus", confirmed, "createdAt", "updatedAt", "passwordChangedAt")
    SELECT v.id, v."companyId", v."websiteId", v.email, v."namePrefix", v."firstName", v."middleName", v."lastName",
      v."nameSuffix", v.birthday, v.phone, v.enabled, v."salesRepId", v."preferredLocalizationId", v."passwordHash",
      CASE WHEN v."passwordHash" IS NULL THEN 'RESET' ELSE 'ACTIVE' END::"PasswordStatus", true, ${now}, ${now}, ${now}
    FROM unnest(
      ${ids}::text[], ${items.map((i) => i.values.companyId!)}::text[], ${col("websiteId")}::text[],
      ${col("email")}::text[], ${col("namePrefix")}::text[], ${col("firstName")}::text[], ${col("middleName")}::text[],
      ${col("lastName")}::text[], ${col("nameSuffix")}::text[], ${items.map((i) => i.values.birthday || null)}::date[],
      ${col("phone")}::text[], ${col("enabled")}::boolean[], ${col("salesRepId")}::text[],
      ${col("preferredLocalizationId")}::text[], ${items.map((i) => i.passwordHash)}::text[]
    ) AS v(id, "companyId", "websiteId", email, "namePrefix", "firstName", "middleName", "lastName", "nameSuffix",
      birthday, phone, enabled, "salesRepId", "preferredLocalizationId", "passwordHash")`;
}

async function insertRoles(tx: Tx, roles: { customerUserId: string; roleId: string }[]): Promise<void> {
  if (!roles.length) return;
  await tx.$executeRaw`
    INSERT INTO "CustomerUserRole" ("customerUserId", "roleId")
    SELECT * FROM unnest(${roles.map((r) => r.customerUserId)}::text[], ${roles.map((r) => r.roleId)}::text[])`;
}

/**
 * Creates users with their addresses and roles under the form's rules, set-based: one statement
 * per kind for the whole batch. A form the rules refuse is reported in `refused` and not written;
 * the others are. Welcome e-mails and invitations go out in the same transaction, per user.
 * A concurrent insert of the same e-mail surfaces as a unique violation: the caller's transaction
 * (or savepoint) is then to be rolled back.
 */
export async function createCustomerUsers(
  tx: Tx,
  actor: Actor,
  items: NewCustomerUser[],
): Promise<{ ids: (string | null)[]; refused: Refusals }> {
  const refused = await assignableRefusals(
    tx,
    items.map((i) => i.values),
  );
  await refuseTakenEmails(tx, items, refused);
  const ids: (string | null)[] = items.map(() => null);
  const accepted = items.filter((_, i) => !refused[i]);
  if (!accepted.length) return { ids, refused };
  const newIds = sortableIds(accepted.length);
  await insertUsers(tx, accepted, newIds);
  let next = 0;
  items.forEach((_, i) => {
    if (!refused[i]) ids[i] = newIds[next++]!;
  });
  const rows = items.flatMap((item, i) => (ids[i] ? [{ item, id: ids[i] }] : []));
  const addresses = rows.flatMap(({ item, id }) =>
    normalizeDefaults(item.values.addresses).map((a) => ({ ...withoutId(a), customerUserId: id })),
  );
  if (addresses.length) await tx.customerAddress.createMany({ data: addresses });
  const roles = rows.flatMap(({ item, id }) =>
    uniqueRoles(item.values).map((roleId) => ({ customerUserId: id, roleId })),
  );
  await insertRoles(tx, roles);
  const after = await auditSnapshots(
    tx,
    rows.map((r) => r.id),
  );
  await recordAudits(
    tx,
    actor,
    rows.map(({ id }) => ({ entity: "customer-user", entityId: id, action: "create", after: after.get(id) })),
  );
  for (const { item, id } of rows) {
    if (item.password !== null && item.values.sendWelcomeEmail)
      await welcomeOnCreate(tx, id, item.values.enabled, item.password);
    if (item.invite && item.values.enabled) await sendSetPasswordLink(tx, id);
  }
  return { ids, refused };
}

/**
 * Everything of the forms but the password, set-based as `createCustomerUsers`; each user at most
 * once per batch. Disabling, or moving to another website, ends the user's sessions; enabling sends
 * a welcome e-mail that waited (both per user: rare).
 */
export async function updateCustomerUsers(tx: Tx, actor: Actor, items: ChangedCustomerUser[]): Promise<Refusals> {
  const ids = items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new Error("updateCustomerUsers: a user is named twice in one batch");
  if (!items.length) return [];
  const locked = await tx.$queryRaw<{ id: string; enabled: boolean; websiteId: string }[]>`
    SELECT id, enabled, "websiteId" FROM "CustomerUser" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const current = new Map(locked.map((l) => [l.id, l]));
  const before = await auditSnapshots(tx, [...current.keys()]);
  const refused = await assignableRefusals(
    tx,
    items.map((i) => i.values),
  );
  items.forEach((item, i) => {
    if (!current.has(item.id)) refused[i] = new DomainError("notFound");
  });
  const stored = await addressRefusals(tx, items, refused);
  await refuseTakenEmails(tx, items, refused);
  const rows = items.flatMap((item, i) => (refused[i] ? [] : [{ ...item, was: current.get(item.id)! }]));
  if (!rows.length) return refused;
  const ending = rows.filter((r) => (r.was.enabled && !r.values.enabled) || r.was.websiteId !== r.values.websiteId);
  const ends = new Set(ending.map((r) => r.id));
  const col = <K extends keyof ReturnType<typeof personalData>>(k: K) => rows.map((r) => personalData(r.values)[k]);
  await tx.$executeRaw`
    UPDATE "CustomerUser" AS u SET
      enabled = v.enabled, "namePrefix" = v."namePrefix", "firstName" = v."firstName",
      "middleName" = v."middleName", "lastName" = v."lastName", "nameSuffix" = v."nameSuffix",
      email = v.email, birthday = v.birthday, phone = v.phone, "salesRepId" = v."salesRepId",
      "websiteId" = v."websiteId", "preferredLocalizationId" = v."preferredLocalizationId",
      "companyId" = v."companyId",
      "sessionVersion" = u."sessionVersion" + CASE WHEN v."endSessions" THEN 1 ELSE 0 END,
      "updatedAt" = now()
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${col("enabled")}::boolean[], ${col("namePrefix")}::text[],
      ${col("firstName")}::text[], ${col("middleName")}::text[], ${col("lastName")}::text[],
      ${col("nameSuffix")}::text[], ${col("email")}::text[], ${rows.map((r) => r.values.birthday || null)}::date[],
      ${col("phone")}::text[], ${col("salesRepId")}::text[], ${col("websiteId")}::text[],
      ${col("preferredLocalizationId")}::text[], ${rows.map((r) => r.values.companyId!)}::text[],
      ${rows.map((r) => ends.has(r.id))}::boolean[]
    ) AS v(id, enabled, "namePrefix", "firstName", "middleName", "lastName", "nameSuffix", email, birthday,
      phone, "salesRepId", "websiteId", "preferredLocalizationId", "companyId", "endSessions")
    WHERE u.id = v.id`;
  for (const r of ending) await revokeSessions(tx, { customerUserId: r.id }, "DEACTIVATED");
  for (const r of rows) if (!r.was.enabled && r.values.enabled) await sendPendingWelcome(tx, r.id);
  await syncAddresses(tx, rows, stored);
  const rowIds = rows.map((r) => r.id);
  await tx.customerUserRole.deleteMany({ where: { customerUserId: { in: rowIds } } });
  const roles = rows.flatMap((r) => uniqueRoles(r.values).map((roleId) => ({ customerUserId: r.id, roleId })));
  await insertRoles(tx, roles);
  const after = await auditSnapshots(tx, rowIds);
  await recordAudits(
    tx,
    actor,
    rowIds.map((id) => ({
      entity: "customer-user",
      entityId: id,
      action: "update",
      before: before.get(id),
      after: after.get(id),
    })),
  );
  return refused;
}
