import "server-only";

// use-intl's core, not next-intl: the worker runs without React, and next-intl's entry loads it
import { createTranslator } from "use-intl/core";

import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { localeCodes } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { enqueueEmail } from "@/lib/mail/service";

/** A translator in a staff member's language, outside a request (the worker). */
export async function translatorFor(locale: string | null | undefined): Promise<Translate> {
  const code = locale && localeCodes().includes(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../../messages/${code}.json`)).default;
  return createTranslator({ locale: code, messages }) as unknown as Translate;
}

/**
 * The end of a run (done, cancelled or failed, with the reason), by e-mail through the outbox, in the requester's language, with the counts and
 * the link to the run's page (its report and undo). Written in the transaction that ends the run.
 */
export async function notifyRequester(tx: Tx, id: string): Promise<void> {
  const imp = await tx.csvImport.findUniqueOrThrow({
    where: { id },
    select: {
      fileName: true,
      status: true,
      committedRows: true,
      created: true,
      updated: true,
      unchanged: true,
      errors: true,
      failure: true,
      requestedBy: { select: { id: true, email: true, locale: true, status: true } },
    },
  });
  // a deactivated (or deleted) staff member is told nothing more
  if (imp.requestedBy?.status !== "ACTIVE") return;
  const t = await translatorFor(imp.requestedBy.locale);
  const values = {
    file: imp.fileName,
    read: imp.committedRows,
    created: imp.created,
    updated: imp.updated,
    unchanged: imp.unchanged,
    errors: imp.errors,
    url: runUrl(id),
    reason: imp.failure ? t(`customerImport.failure.${imp.failure}`) : "",
  };
  const status = imp.status === "DONE" ? "done" : imp.status === "FAILED" ? "failed" : "cancelled";
  await enqueueEmail(tx, {
    idempotencyKey: `csv-import:${id}:${status}`,
    to: imp.requestedBy.email,
    subject: t(`customerImport.mail.${status}.subject`, values),
    text: t(`customerImport.mail.${status}.text`, values),
    locale: imp.requestedBy.locale,
    recipientType: "staff-user",
    recipientId: imp.requestedBy.id,
  });
}

const runUrl = (id: string) => `${env.APP_URL.replace(/\/$/, "")}/admin/customer-users/import/${id}`;

/**
 * The end of an undo (done, or failed with the reason and how far it got), by e-mail through the
 * outbox to whoever asked for it, in their language. Written in the transaction that ends the undo.
 */
export async function notifyUndoRequester(tx: Tx, id: string): Promise<void> {
  const imp = await tx.csvImport.findUniqueOrThrow({
    where: { id },
    select: {
      fileName: true,
      undoStatus: true,
      undoRequestedById: true,
      undoTotal: true,
      undoDone: true,
      undoRestored: true,
      undoDisabled: true,
      undoSkipped: true,
      undoFailure: true,
    },
  });
  const to = imp.undoRequestedById
    ? await tx.staffUser.findUnique({
        where: { id: imp.undoRequestedById },
        select: { id: true, email: true, locale: true, status: true },
      })
    : null;
  // a deactivated (or deleted) staff member is told nothing more
  if (to?.status !== "ACTIVE") return;
  const t = await translatorFor(to.locale);
  const status = imp.undoStatus === "DONE" ? "undoDone" : "undoFailed";
  const values = {
    file: imp.fileName,
    total: imp.undoTotal,
    done: imp.undoDone,
    restored: imp.undoRestored,
    disabled: imp.undoDisabled,
    skipped: imp.undoSkipped,
    url: runUrl(id),
    reason: imp.undoFailure ? t(`customerImport.undoFailure.${imp.undoFailure}`) : "",
  };
  await enqueueEmail(tx, {
    // one message per ending: a resumed undo that fails again is told again
    idempotencyKey: `csv-import:${id}:${status}:${imp.undoDone}`,
    to: to.email,
    subject: t(`customerImport.mail.${status}.subject`, values),
    text: t(`customerImport.mail.${status}.text`, values),
    locale: to.locale,
    recipientType: "staff-user",
    recipientId: to.id,
  });
}
