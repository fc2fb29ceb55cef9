import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { UNLOCKED } from "@/lib/identity/shop-lockout";

/**
 * Lifts a lock, whether set by an administrator or by failed sign-ins, and starts the failure count
 * afresh. The session version stays: sessions ended by the lock do not come back.
 */
export async function unlockCustomerUser(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ locked: boolean; lockedUntil: Date | null; failedLogins: number }[]>`
      SELECT "locked", "lockedUntil", "failedLogins" FROM "CustomerUser" WHERE id = ${id} FOR UPDATE`;
    if (!row) throw new DomainError("notFound");
    await tx.customerUser.update({ where: { id }, data: UNLOCKED });
    await recordAudit(tx, actor, {
      entity: "customer-user",
      entityId: id,
      action: "unlock",
      before: row,
      after: { locked: false, lockedUntil: null, failedLogins: 0 },
    });
  });
}
