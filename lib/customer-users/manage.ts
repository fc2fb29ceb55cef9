import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { createCompanyIn } from "@/lib/companies/service";
import { isUniqueViolation, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { revokeSessions } from "@/lib/identity/session-store";
import { initialPassword } from "@/lib/identity/shop-password-rules";

import { createCustomerUsers, updateCustomerUsers } from "./manage-batch";
import type { CustomerUserFormValues } from "./schema";
import { sendPendingWelcome } from "./welcome";
import { auditSnapshot } from "./write-helpers";

/**
 * The form's values with the company it names: an existing one (the batch checks it exists), or
 * one created now on the user's website below the chosen parent.
 */
async function withCompany(tx: Tx, actor: Actor, v: CustomerUserFormValues): Promise<CustomerUserFormValues> {
  if (v.companyMode !== "new") return v;
  const company = await createCompanyIn(tx, actor, {
    name: v.newCompanyName!,
    parentId: v.newCompanyParentId,
    websiteId: v.websiteId,
    customerGroupId: null,
    salesRepId: v.salesRepId,
  }).catch((e: unknown) => {
    if (e instanceof DomainError && e.field === "parentId") throw new DomainError(e.code, "newCompanyParentId");
    throw e;
  });
  return { ...v, companyMode: "existing", companyId: company.id };
}

/**
 * How a new account gets its password: from the form (typed or generated, under the configured
 * policy), or none at all for an imported user, who sets one through a link (passwords are never
 * imported) and cannot sign in until then.
 */
export type NewAccountPassword = "form" | { invite: boolean };

/**
 * Creates the user with addresses and roles, and the welcome e-mail if asked, in one transaction:
 * the mail exists exactly when the account does. A generated password is only ever shown in
 * that e-mail, and the outbox forgets it once the message was handed over.
 */
export async function createCustomerUser(
  actor: Actor,
  v: CustomerUserFormValues,
  source: NewAccountPassword = "form",
): Promise<{ id: string }> {
  // the form's check is the static hint; the configured policy is enforced here
  const { password, passwordHash } =
    source === "form" ? await initialPassword(v) : { password: null, passwordHash: null };
  try {
    return await transaction(async (tx) => {
      const values = await withCompany(tx, actor, v);
      const invite = source !== "form" && source.invite;
      const { ids, refused } = await createCustomerUsers(tx, actor, [{ values, password, passwordHash, invite }]);
      if (refused[0]) throw refused[0];
      return { id: ids[0]! };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("customerEmailTaken", "email");
    throw e;
  }
}

/** Everything of the form but the password; disabling, or moving to another website, ends the user's sessions. */
export async function updateCustomerUser(actor: Actor, id: string, v: CustomerUserFormValues): Promise<void> {
  try {
    await transaction(async (tx) => {
      const [refused] = await updateCustomerUsers(tx, actor, [{ id, values: await withCompany(tx, actor, v) }]);
      if (refused) throw refused;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("customerEmailTaken", "email");
    throw e;
  }
}

/** From the grid or the view page. Enabling needs a role, as on the form; disabling signs the user out. */
export async function setCustomerUserEnabled(actor: Actor, id: string, enabled: boolean): Promise<void> {
  await transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { enabled: boolean }[]
    >`SELECT enabled FROM "CustomerUser" WHERE id = ${id} FOR UPDATE`;
    if (!locked[0]) throw new DomainError("notFound");
    if (locked[0].enabled === enabled) return;
    if (enabled && (await tx.customerUserRole.count({ where: { customerUserId: id } })) === 0)
      throw new DomainError("roleRequiredToEnable");
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

/** Removes the account; its orders, quotes and requests stay with the company (their user link is cleared). */
export async function deleteCustomerUser(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const before = await auditSnapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    await tx.customerUser.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "customer-user", entityId: id, action: "delete", before });
  });
}
