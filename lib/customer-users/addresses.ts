import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { normalizeDefaults, type AddressValues } from "./address-schema";

/**
 * Adds an address to a customer user. A new default of a kind replaces the user's previous one in
 * the same transaction, so the user never has two defaults billing or shipping to.
 */
export async function addAddress(
  actor: Actor,
  customerUserId: string,
  address: AddressValues,
): Promise<{ id: string }> {
  return transaction(async (tx) => {
    // the user's row lock serialises two concurrent new defaults for the same user
    const [user] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "CustomerUser" WHERE id = ${customerUserId} FOR UPDATE`;
    if (!user) throw new DomainError("notFound");
    const existing = await tx.customerAddress.findMany({
      where: { customerUserId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, defaultBilling: true, defaultShipping: true },
    });
    // a new address never takes an id from the form
    const fields = { ...address, id: undefined };
    const normalized = normalizeDefaults([
      ...existing,
      { id: "", defaultBilling: fields.defaultBilling, defaultShipping: fields.defaultShipping },
    ]);
    for (const [i, before] of existing.entries()) {
      const after = normalized[i]!;
      if (after.defaultBilling !== before.defaultBilling || after.defaultShipping !== before.defaultShipping) {
        await tx.customerAddress.update({
          where: { id: before.id },
          data: { defaultBilling: after.defaultBilling, defaultShipping: after.defaultShipping },
        });
      }
    }
    const created = await tx.customerAddress.create({ data: { ...fields, customerUserId }, select: { id: true } });
    await recordAudit(tx, actor, {
      entity: "customer-address",
      entityId: created.id,
      action: "create",
      after: { customerUserId, ...fields },
    });
    return created;
  });
}
