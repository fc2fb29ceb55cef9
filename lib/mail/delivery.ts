import "server-only";

import nodemailer, { type Transporter } from "nodemailer";

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

import { openMessage } from "./sealed";

export type MailTransport = Pick<Transporter, "sendMail">;

/** SMTP when SMTP_URL is set; otherwise null: the message is only kept for the back-office mailbox. */
export function transportFromEnv(): MailTransport | null {
  return env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
}

export type DeliveryResult = "sent" | "skipped" | "retry" | "failed";

/**
 * One delivery attempt. A message that is no longer QUEUED is left alone, so a job that runs twice
 * sends once as far as this table knows; the Message-ID is stable so receivers can drop a resend.
 * A failure records the error and throws (the queue retries with backoff) until the last attempt,
 * which marks the message FAILED.
 */
export async function deliverEmail(
  id: string,
  transport: MailTransport | null,
  opts: { lastAttempt: boolean },
): Promise<DeliveryResult> {
  const claimed = await prisma.emailMessage.updateMany({
    where: { id, status: "QUEUED" },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return "skipped";
  const msg = await prisma.emailMessage.findUniqueOrThrow({ where: { id }, omit: { sealed: false } });
  try {
    if (transport) {
      // the stored copy has its links and passwords masked; the recipient gets the sealed original
      const real = msg.sealed === null ? msg : openMessage(msg.sealed);
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: msg.to,
        subject: real.subject,
        text: real.text,
        ...(real.html ? { html: real.html } : {}),
        messageId: `<${msg.id}@concierge.outbox>`,
      });
    }
  } catch (e) {
    const lastError = e instanceof Error ? e.message : String(e);
    await prisma.emailMessage.update({
      where: { id },
      data: { lastError, ...(opts.lastAttempt ? { status: "FAILED" } : {}) },
    });
    if (opts.lastAttempt) return "failed";
    throw e;
  }
  // Once SMTP accepted it the recipient holds the secrets and the outbox keeps none. Without SMTP
  // the stored copy is the delivery: the sealed original stays for a permitted, audited reveal.
  await prisma.emailMessage.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), lastError: null, ...(transport ? { sealed: null } : {}) },
  });
  return "sent";
}
