import "server-only";

import { prisma, type Tx } from "@/lib/db";
import { escalations } from "@/lib/shop-access/levels";
import type { CustomerAccess } from "@/lib/shop-access/service";

/**
 * The roles among these that grant more than the viewer holds: a level above their own or a
 * capability they lack. Giving one would make a colleague (or an account of the giver's own) more
 * powerful than the giver, so the form does not offer them and the write refuses them.
 */
export async function rolesBeyondViewer(
  access: CustomerAccess,
  roleIds: string[],
  tx?: Tx,
): Promise<{ id: string; name: string }[]> {
  if (roleIds.length === 0) return [];
  const roles = await (tx ?? prisma).customerRole.findMany({
    where: { id: { in: [...new Set(roleIds)] } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      capabilities: true,
      permissions: { select: { entity: true, action: true, level: true } },
    },
  });
  return roles
    .filter((r) => {
      const over = escalations(access.permissions, r);
      return over.permissions.length > 0 || over.capabilities;
    })
    .map(({ id, name }) => ({ id, name }));
}
