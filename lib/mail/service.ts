import "server-only";
import { prisma, type Tx } from "@/lib/db";
import type { EmailStatus, Prisma } from "@/lib/generated/prisma/client";
import type { MailboxParams } from "./params";
import { containsText } from "@/lib/grid/text";

export type EmailInput = {
  /** names the cause, e.g. "customer-invitation:<id>": enqueueing the same cause twice sends once */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  templateKey?: string | null;
  locale?: string | null;
  recipientType?: string | null;
  recipientId?: string | null;
  /** secrets in the text (e.g. a generated password): blanked in the stored copy once SMTP accepted the message */
  redact?: string[];
};

/**
 * Writes the message into the outbox inside the caller's transaction, so a message exists exactly
 * when the business write committed. The worker's sweeper hands committed rows to the queue.
 * A repeated key leaves the first message as it is (ON CONFLICT DO NOTHING keeps the transaction usable).
 */
export async function enqueueEmail(tx: Tx, input: EmailInput): Promise<{ id: string; created: boolean }> {
  const { count } = await tx.emailMessage.createMany({ data: [input], skipDuplicates: true });
  const row = await tx.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  return { id: row.id, created: count === 1 };
}

export type MailboxRow = { id: string; to: string; subject: string; status: EmailStatus; attempts: number; createdAt: Date; sentAt: Date | null };

/** One page of the mailbox, filtered by recipient and paged in SQL. */
export async function listEmails(params: MailboxParams): Promise<{ rows: MailboxRow[]; total: number }> {
  const where: Prisma.EmailMessageWhereInput = params.q ? { to: containsText(params.q) } : {};
  const [rows, total] = await Promise.all([
    prisma.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: params.dir }, { id: params.dir }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: { id: true, to: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true },
    }),
    prisma.emailMessage.count({ where }),
  ]);
  return { rows, total };
}

export async function getEmail(id: string) {
  return prisma.emailMessage.findUnique({ where: { id } });
}
