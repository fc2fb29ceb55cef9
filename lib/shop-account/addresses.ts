import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { normalizeDefaults, withoutId, type AddressValues } from "@/lib/customer-users/address-schema";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type OwnAddress = AddressValues & { id: string };

const SELECT = {
  id: true,
  label: true,
  organization: true,
  firstName: true,
  lastName: true,
  street: true,
  street2: true,
  city: true,
  postalCode: true,
  region: true,
  country: true,
  phone: true,
  billing: true,
  shipping: true,
  defaultBilling: true,
  defaultShipping: true,
} as const;

/** The customer user's own address book (company addresses are the company's, not shown here). */
export async function listOwnAddresses(customerUserId: string): Promise<OwnAddress[]> {
  return prisma.customerAddress.findMany({
    where: { customerUserId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
}

/**
 * Changes one of the user's own addresses. The write is scoped by owner in its `where`, so an id of
 * someone else's address finds nothing; a new default replaces the previous one of its kind.
 */
export async function updateOwnAddress(
  actor: Actor,
  customerUserId: string,
  id: string,
  address: AddressValues,
): Promise<void> {
  await transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "CustomerUser" WHERE id = ${customerUserId} FOR UPDATE`;
    const before = await tx.customerAddress.findFirst({ where: { id, customerUserId }, select: SELECT });
    if (!before) throw new DomainError("notFound");
    const fields = withoutId(address);
    const others = await tx.customerAddress.findMany({
      where: { customerUserId, id: { not: id } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, defaultBilling: true, defaultShipping: true },
    });
    const normalized = normalizeDefaults([
      ...others,
      { id, defaultBilling: fields.defaultBilling, defaultShipping: fields.defaultShipping },
    ]);
    for (const [i, o] of others.entries()) {
      const n = normalized[i]!;
      if (n.defaultBilling !== o.defaultBilling || n.defaultShipping !== o.defaultShipping) {
        await tx.customerAddress.updateMany({
          where: { id: o.id, customerUserId },
          data: { defaultBilling: n.defaultBilling, defaultShipping: n.defaultShipping },
        });
      }
    }
    await tx.customerAddress.updateMany({ where: { id, customerUserId }, data: fields });
    await recordAudit(tx, actor, {
      entity: "customer-address",
      entityId: id,
      action: "update",
      before,
      after: { ...fields, id },
    });
  });
}

export async function deleteOwnAddress(actor: Actor, customerUserId: string, id: string): Promise<void> {
  await transaction(async (tx) => {
    const before = await tx.customerAddress.findFirst({ where: { id, customerUserId }, select: SELECT });
    if (!before) throw new DomainError("notFound");
    await tx.customerAddress.deleteMany({ where: { id, customerUserId } });
    await recordAudit(tx, actor, { entity: "customer-address", entityId: id, action: "delete", before });
  });
}
