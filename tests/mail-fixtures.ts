import { prisma } from "@/lib/db";
import { openMessage } from "@/lib/mail/sealed";
import type { RenderedEmail } from "@/lib/mail/templates";

/**
 * A stored message as its recipient gets it. The outbox keeps links and passwords masked; tests that
 * follow a mailed link read it here, as the delivery does, not from the stored copy.
 */
export async function recipientCopy(id: string): Promise<RenderedEmail> {
  const m = await prisma.emailMessage.findUniqueOrThrow({ where: { id }, omit: { sealed: false } });
  return m.sealed === null ? m : openMessage(m.sealed);
}
