import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { setCustomerUserEnabled, updateCustomerUser } from "@/lib/customer-users/manage";
import { customerUserFormSchema, type CustomerUserFormInput } from "@/lib/customer-users/schema";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { keyed } from "./messages";

export type UndoResult = { restored: number; disabled: number; skipped: { line: number; entityId: string }[] };

const EDIT = customerUserFormSchema(keyed, "edit");

/**
 * Undoes a finished run within the kept period: users it changed get their previous values back
 * (through the form's service), users it created are disabled. A user someone changed after the
 * run (any audit entry not of this run) is left as it is and listed.
 */
export async function undoImport(actor: Actor, id: string, now = new Date()): Promise<UndoResult> {
  const imp = await prisma.csvImport.findUnique({ where: { id }, select: { status: true, expiresAt: true } });
  if (!imp) throw new DomainError("notFound");
  if (!["DONE", "CANCELLED", "FAILED"].includes(imp.status) || imp.expiresAt < now)
    throw new DomainError("csvImportNotUndoable");
  const changes = await prisma.csvImportChange.findMany({ where: { importId: id }, orderBy: { line: "asc" } });
  const ids = changes.map((c) => c.entityId);
  const later = await prisma.auditLog.findMany({
    where: {
      entity: "customer-user",
      entityId: { in: ids },
      at: { gte: changes[0]?.at ?? now },
      OR: [{ importRunId: null }, { importRunId: { not: id } }],
    },
    select: { entityId: true, at: true },
  });
  const result: UndoResult = { restored: 0, disabled: 0, skipped: [] };
  const run: Actor = { ...actor, importRunId: id };
  for (const c of changes) {
    if (later.some((l) => l.entityId === c.entityId && l.at > c.at)) {
      result.skipped.push({ line: c.line, entityId: c.entityId });
      continue;
    }
    try {
      if (c.kind === "create") {
        await setCustomerUserEnabled(run, c.entityId, false);
        result.disabled++;
      } else {
        const before = EDIT.parse(c.before as CustomerUserFormInput);
        await updateCustomerUser(run, c.entityId, before);
        result.restored++;
      }
    } catch (e) {
      // deleted since, or no longer valid as it was (a role removed meanwhile): left as it is, listed
      if (!(e instanceof DomainError) && !(e instanceof Error && e.name === "ZodError")) throw e;
      result.skipped.push({ line: c.line, entityId: c.entityId });
    }
  }
  await transaction(async (tx) => {
    await tx.csvImport.update({ where: { id }, data: { status: "UNDONE", undoneAt: now } });
    await recordAudit(tx, run, {
      entity: "csv-import",
      entityId: id,
      action: "undo",
      after: { restored: result.restored, disabled: result.disabled, skipped: result.skipped.map((s) => s.line) },
    });
  });
  return result;
}
