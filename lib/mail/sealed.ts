import "server-only";

import { authSecret } from "@/lib/env";
import { secretBox, type SecretBox } from "@/lib/secret-box";

import type { RenderedEmail } from "./templates";

let box: SecretBox | undefined;
// its own purpose, so a sealed message opens with nothing but this module
const mailBox = () => (box ??= secretBox(authSecret, "mail-secrets"));

/** The message as the recipient gets it, for the outbox's `sealed` column. */
export function sealMessage(message: RenderedEmail): string {
  return mailBox().seal(JSON.stringify({ subject: message.subject, text: message.text, html: message.html }));
}

/** Throws when the value was altered or sealed under another AUTH_SECRET. */
export function openMessage(sealed: string): RenderedEmail {
  const m = JSON.parse(mailBox().open(sealed)) as Partial<RenderedEmail>;
  if (typeof m.subject !== "string" || typeof m.text !== "string" || !(typeof m.html === "string" || m.html === null)) {
    throw new Error("A sealed e-mail lacks its subject, text or HTML part");
  }
  return { subject: m.subject, text: m.text, html: m.html };
}
