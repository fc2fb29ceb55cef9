import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { assertRolesAssignable } from "@/lib/customer-roles/service";
import { forcePasswordResetIn } from "@/lib/customer-users/password-reset";
import { sendPendingWelcome, welcomeOnCreate } from "@/lib/customer-users/welcome";
import { auditSnapshot } from "@/lib/customer-users/write-helpers";
import { isUniqueViolation, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { revokeSessions } from "@/lib/identity/session-store";
import { customerPasswordRules, initialPassword } from "@/lib/identity/shop-password-rules";
import { companiesOf } from "@/lib/shop-access/levels";
import { customerUserWhere, type CustomerAccess } from "@/lib/shop-access/service";

import { rolesBeyondViewer } from "./grantable";
import type { AccountUserFormValues } from "./schema";
import { userScope, type UserAction } from "./scope";

/**
 * Loads and row-locks the target through the scope's `where`: an id outside it (another company,
 * another website, or a level that does not reach) is answered as not found, before anything is written.
 */
async function lockInScope(tx: Tx, access: CustomerAccess, id: string, action: UserAction) {
  await tx.$queryRaw`SELECT id FROM "CustomerUser" WHERE id = ${id} FOR UPDATE`;
  const target = await tx.customerUser.findFirst({
    where: { AND: [{ id }, customerUserWhere(access, userScope(access, action))] },
    select: { id: true, email: true, enabled: true, companyId: true, roles: { select: { roleId: true } } },
  });
  if (!target) throw new DomainError("notFound");
  return { ...target, roleIds: target.roles.map((r) => r.roleId).sort() };
}

/**
 * Roles may be given only with ASSIGN reaching the company, only roles offered to it (predefined or
 * its own), and none that grants more than the giver holds: a level above their own or a capability
 * they lack would let them make a colleague (or an address of their own) more powerful than they
 * are. Roles the user already holds may stay, as a colleague's role outranking the giver's is no
 * grant of theirs.
 */
async function assertRolesGrantable(
  tx: Tx,
  access: CustomerAccess,
  companyId: string,
  roleIds: string[],
  held: string[] = [],
) {
  if (roleIds.length === 0) return;
  const assign = userScope(access, "ASSIGN");
  if (!companiesOf(assign).includes(companyId)) throw new DomainError("accountRolesNotAllowed", "roleIds");
  await assertRolesAssignable(tx, companyId, roleIds);
  const [beyond] = await rolesBeyondViewer(
    access,
    roleIds.filter((r) => !held.includes(r)),
    tx,
  );
  if (beyond) throw new DomainError("accountRoleBeyondOwn", "roleIds", { role: beyond.name });
}

const emailTaken = (e: unknown): never => {
  if (isUniqueViolation(e)) throw new DomainError("customerEmailTaken", "email");
  throw e;
};

/**
 * A colleague on the viewer's website, in a company the CREATE level reaches, confirmed at once (an
 * administrator vouches for them). The welcome e-mail, if asked, is written in the same transaction.
 */
export async function createAccountUser(
  actor: Actor,
  access: CustomerAccess,
  v: AccountUserFormValues,
): Promise<{ id: string }> {
  const create = userScope(access, "CREATE");
  if (create.level === "NONE") throw new DomainError("notFound");
  // a new colleague's e-mail and password are a sign-in that would outlive the assistance session
  if (actor.impersonationSessionId) throw new DomainError("impersonation.restricted");
  if (!companiesOf(create).includes(v.companyId)) throw new DomainError("companyUnknown", "companyId");
  // the same password rules as every other way a customer user is created
  const { password, passwordHash } = await initialPassword(v);
  return transaction(async (tx) => {
    await assertRolesGrantable(tx, access, v.companyId, v.roleIds);
    const user = await tx.customerUser.create({
      data: {
        companyId: v.companyId,
        websiteId: access.websiteId,
        email: v.email,
        firstName: v.firstName,
        lastName: v.lastName,
        enabled: v.enabled,
        confirmed: true,
        passwordHash,
        passwordStatus: "ACTIVE",
        roles: { create: v.roleIds.map((roleId) => ({ roleId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: user.id,
      action: "create",
      after: await auditSnapshot(tx, user.id),
    });
    if (v.sendWelcomeEmail) await welcomeOnCreate(tx, user.id, v.enabled, password);
    return user;
  }).catch(emailTaken);
}

/**
 * Names, e-mail, company and roles. A changed role set needs ASSIGN; one's own roles and own
 * enabled state stay as they are, so nobody locks themselves out or widens their own rights.
 */
export async function updateAccountUser(
  actor: Actor,
  access: CustomerAccess,
  id: string,
  v: AccountUserFormValues,
): Promise<void> {
  await transaction(async (tx) => {
    const target = await lockInScope(tx, access, id, "EDIT");
    const self = id === access.customerUserId;
    const rolesChanged = JSON.stringify([...new Set(v.roleIds)].sort()) !== JSON.stringify(target.roleIds);
    if (self && !v.enabled) throw new DomainError("accountUserSelf", "enabled");
    if (self && rolesChanged) throw new DomainError("accountUserSelf", "roleIds");
    // a colleague's e-mail is where their password resets go: a staff member signed in as the
    // customer who changed it could take the colleague's account over after the session ends
    if (actor.impersonationSessionId && v.email.toLowerCase() !== target.email.toLowerCase())
      throw new DomainError("impersonation.restricted", "email");
    if (v.companyId !== target.companyId && !companiesOf(userScope(access, "EDIT")).includes(v.companyId))
      throw new DomainError("companyUnknown", "companyId");
    if (rolesChanged || v.companyId !== target.companyId)
      await assertRolesGrantable(tx, access, v.companyId, v.roleIds, target.roleIds);
    const before = await auditSnapshot(tx, id);
    await tx.customerUser.update({
      where: { id },
      data: {
        firstName: v.firstName,
        lastName: v.lastName,
        email: v.email,
        companyId: v.companyId,
        enabled: v.enabled,
        ...(target.enabled && !v.enabled ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (target.enabled && !v.enabled) await revokeSessions(tx, { customerUserId: id }, "DEACTIVATED");
    if (!target.enabled && v.enabled) await sendPendingWelcome(tx, id);
    if (rolesChanged) {
      await tx.customerUserRole.deleteMany({ where: { customerUserId: id } });
      await tx.customerUserRole.createMany({
        data: [...new Set(v.roleIds)].map((roleId) => ({ customerUserId: id, roleId })),
      });
    }
    await recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: id,
      action: "update",
      before,
      after: await auditSnapshot(tx, id),
    });
  }).catch(emailTaken);
}

/** Disabling ends the user's sessions; enabling needs a role; nobody disables themselves. */
export async function setAccountUserEnabled(
  actor: Actor,
  access: CustomerAccess,
  id: string,
  enabled: boolean,
): Promise<void> {
  await transaction(async (tx) => {
    const target = await lockInScope(tx, access, id, "EDIT");
    if (id === access.customerUserId) throw new DomainError("accountUserSelf");
    if (target.enabled === enabled) return;
    if (enabled && target.roleIds.length === 0) throw new DomainError("roleRequiredToEnable");
    await tx.customerUser.update({
      where: { id },
      data: { enabled, ...(enabled ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (!enabled) await revokeSessions(tx, { customerUserId: id }, "DEACTIVATED");
    else await sendPendingWelcome(tx, id);
    await recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: id,
      action: enabled ? "enable" : "disable",
      before: { enabled: !enabled },
      after: { enabled },
    });
  });
}

/** The row goes, and with it every session; orders and quotes stay with the company. */
export async function deleteAccountUser(actor: Actor, access: CustomerAccess, id: string): Promise<void> {
  await transaction(async (tx) => {
    await lockInScope(tx, access, id, "DELETE");
    if (id === access.customerUserId) throw new DomainError("accountUserSelf");
    const before = await auditSnapshot(tx, id);
    await tx.customerUser.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "customer-user", entityId: id, action: "delete", before });
  });
}

/**
 * "Reset password" for a colleague, as staff can: their password stops working, their sessions end
 * and the mailed link sets a new one. Not for oneself (that is "change password"), not for disabled users.
 */
export async function resetAccountUserPassword(actor: Actor, access: CustomerAccess, id: string): Promise<void> {
  const { resetTtlHours } = await customerPasswordRules();
  await transaction(async (tx) => {
    await lockInScope(tx, access, id, "EDIT");
    if (id === access.customerUserId) throw new DomainError("accountUserSelf");
    await forcePasswordResetIn(tx, actor, id, resetTtlHours);
  });
}
