import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** A staff user's own interface language; it applies from their next request on. */
export async function setOwnLocale(actor: Actor & { staffId: string }, locale: Locale): Promise<void> {
  await transaction(async (tx) => {
    const before = await tx.staffUser.findUniqueOrThrow({ where: { id: actor.staffId }, select: { locale: true } });
    await tx.staffUser.update({ where: { id: actor.staffId }, data: { locale } });
    await recordAudit(tx, actor, {
      entity: "staff-user",
      entityId: actor.staffId,
      action: "update",
      before,
      after: { locale },
    });
  });
}
