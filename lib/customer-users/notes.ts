import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import type { NoteValues } from "./note-schema";

/** A note by the acting staff member; refused when the customer user was deleted meanwhile. */
export async function addNote(actor: Actor, values: NoteValues): Promise<{ id: string }> {
  return transaction(async (tx) => {
    // FOR SHARE: a delete of the user waits until the note is in, instead of failing it half-way
    const [user] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "CustomerUser" WHERE id = ${values.customerUserId} FOR SHARE`;
    if (!user) throw new DomainError("notFound");
    const note = await tx.customerUserNote.create({
      data: { customerUserId: user.id, authorId: actor.staffId, body: values.body },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "customer-user-note",
      entityId: note.id,
      action: "create",
      after: { customerUserId: user.id, body: values.body },
    });
    return note;
  });
}
