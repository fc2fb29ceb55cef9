import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { EmailStatus, Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/grid/text";

import type { MailboxParams } from "./params";
import { openMessage, sealMessage } from "./sealed";
import { SECRET_MASK } from "./template-keys";
import type { RenderedEmail } from "./templates";

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
  /**
   * The message as the recipient must get it, when subject/text/html are its copy with links and
   * passwords masked: stored sealed, read only by the delivery and by an audited reveal.
   */
  unmasked?: RenderedEmail;
};

/**
 * Writes the message into the outbox inside the caller's transaction, so a message exists exactly
 * when the business write committed. The worker's sweeper hands committed rows to the queue.
 * A repeated key leaves the first message as it is (ON CONFLICT DO NOTHING keeps the transaction usable).
 */
export async function enqueueEmail(tx: Tx, input: EmailInput): Promise<{ id: string; created: boolean }> {
  const { unmasked, ...message } = input;
  const { count } = await tx.emailMessage.createMany({
    data: [{ ...message, sealed: unmasked ? sealMessage(unmasked) : null }],
    skipDuplicates: true,
  });
  const row = await tx.emailMessage.findUniqueOrThrow({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true },
  });
  return { id: row.id, created: count === 1 };
}

export type MailboxRow = {
  id: string;
  to: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
};

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

export type EmailDetail = MailboxRow & {
  text: string;
  html: string | null;
  lastError: string | null;
  /** links or passwords are shown masked */
  hidden: boolean;
  /** the real message is still sealed beside the stored copy: not yet accepted by SMTP, or the mailbox is the delivery */
  revealable: boolean;
};

/** The stored copy, as the mailbox shows it: secrets masked, whoever reads it. */
export async function getEmail(id: string): Promise<EmailDetail | null> {
  const m = await prisma.emailMessage.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      html: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      sealed: true,
    },
  });
  if (!m) return null;
  const { sealed, ...shown } = m;
  const hidden = [m.subject, m.text, m.html ?? ""].some((part) => part.includes(SECRET_MASK));
  return { ...shown, hidden, revealable: sealed !== null };
}

/**
 * The message with its links and passwords, for a staff member allowed to reveal them (the action
 * checks the permission). Every reveal is audited with who and which message, in the transaction
 * that reads it.
 */
export async function revealEmail(actor: Actor, id: string): Promise<RenderedEmail> {
  return transaction(async (tx) => {
    const m = await tx.emailMessage.findUnique({ where: { id }, select: { sealed: true, to: true, subject: true } });
    if (!m) throw new DomainError("notFound");
    if (m.sealed === null) throw new DomainError("mailNothingToReveal");
    const message = openMessage(m.sealed);
    await recordAudit(tx, actor, {
      entity: "email-message",
      entityId: id,
      action: "reveal",
      after: { to: m.to, subject: m.subject },
    });
    return message;
  });
}
