import "server-only";

import { staffRules } from "@/lib/acl/effective-rules";
import { isAllowed } from "@/lib/acl/evaluate";
import { getSetting } from "@/lib/config/settings";
import { prisma, transaction } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/dates";
import { enqueueTemplatedEmail } from "@/lib/mail/templated";
import type { RunFailure } from "@/lib/run-attempts";

import { csvText, headerOf, planExport, rowsOf, selectedBatches, type Delimiter, type ExportEntity } from "./export";
import { exportFileName, storedSelection } from "./export-jobs";
import type { GridKey } from "./query";

/** interrupted: the worker is stopping; the job stays running and the queue's retry resumes it. */
export type RunOutcome = "done" | "cancelled" | "failed" | "skipped" | "interrupted";
type Job = NonNullable<Awaited<ReturnType<typeof loadJob>>>;

const loadJob = (id: string) =>
  prisma.exportJob.findUnique({
    where: { id },
    select: {
      id: true,
      entity: true,
      params: true,
      delimiter: true,
      status: true,
      chunks: true,
      maxRoles: true,
      cursor: true,
      selectedAt: true,
      createdAt: true,
      requestedBy: { select: { id: true, status: true, email: true, firstName: true, lastName: true, locale: true } },
    },
  });

/**
 * Appends one chunk and the progress it makes, in one transaction, only while the job still runs
 * and nobody wrote this chunk before (a second run of the same job, after the queue gave up on a
 * stalled worker, stops here instead of writing a row twice). False: cancelled or taken over.
 */
async function appendChunk(
  job: { id: string; seq: number },
  data: Buffer,
  progress: { users: number; rows: number; cursor: GridKey | null; start?: Prisma.ExportJobUpdateManyMutationInput },
): Promise<boolean> {
  return transaction(async (tx) => {
    const { count } = await tx.exportJob.updateMany({
      where: { id: job.id, chunks: job.seq, status: job.seq === 0 ? "QUEUED" : "RUNNING" },
      data: {
        ...progress.start,
        chunks: job.seq + 1,
        processed: { increment: progress.users },
        rows: { increment: progress.rows },
        bytes: { increment: data.length },
        ...(progress.cursor ? { cursor: progress.cursor as Prisma.InputJsonValue } : {}),
      },
    });
    if (count === 0) return false;
    await tx.exportChunk.create({ data: { jobId: job.id, seq: job.seq, data: new Uint8Array(data) } });
    return true;
  });
}

/** The requester's permissions as they are now: an export writes only what they may still see. */
async function requesterSees(job: Job) {
  const rules = await staffRules(prisma, job.requestedBy.id);
  const sees = (p: Parameters<typeof isAllowed>[1]) => isAllowed(rules, p);
  const allowed =
    job.requestedBy.status === "ACTIVE" &&
    sees("customers/customer-user/export") &&
    sees("customers/customer-user/view");
  return allowed ? sees : null;
}

/**
 * Ends a job as failed. What is stored is why, as a code the exports page and the notice say in the
 * reader's language (exportFailureOf); an error's own text stays in the worker's log, since it may
 * name the database's internals and means nothing to the requester.
 */
async function fail(id: string, reason: RunFailure): Promise<RunOutcome> {
  await transaction(async (tx) => {
    const { count } = await tx.exportJob.updateMany({
      where: { id, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "FAILED", error: reason, finishedAt: new Date() },
    });
    if (count) await tx.exportChunk.deleteMany({ where: { jobId: id } });
  });
  return "failed";
}

/** Done: the file is kept for the configured days, and the requester gets the link by e-mail. */
async function finish(job: Job, rows: number): Promise<RunOutcome> {
  const days = await getSetting("exportRetentionDays");
  const finishedAt = new Date();
  const expiresAt = new Date(finishedAt.getTime() + days * 24 * 60 * 60_000);
  return transaction(async (tx) => {
    const { count } = await tx.exportJob.updateMany({
      where: { id: job.id, status: "RUNNING" },
      data: { status: "DONE", finishedAt, expiresAt },
    });
    if (count === 0) return "cancelled";
    const who = job.requestedBy;
    await enqueueTemplatedEmail(tx, {
      idempotencyKey: `export-ready:${job.id}`,
      to: who.email,
      recipientType: "staff-user",
      recipientId: who.id,
      key: "export-ready",
      locale: who.locale,
      vars: {
        firstName: who.firstName,
        lastName: who.lastName,
        exportName: exportFileName(job.entity as ExportEntity, job.createdAt),
        rows: new Intl.NumberFormat(who.locale).format(rows),
        expiresOn: formatDate(expiresAt, who.locale),
        downloadUrl: new URL(`/admin/customer-users/exports/${job.id}/download`, env.APP_URL).toString(),
      },
    });
    return "done";
  });
}

/**
 * Runs (or resumes) one export job: the header chunk first, then one chunk per batch of selected
 * customer users, each committed with the progress and the point it reached, so a run that stops
 * (a worker restart) continues after the last committed batch without writing a row twice. The
 * selection is taken at the job's `selectedAt` and read with the requester's current permissions.
 * `signal` (the worker shutting down) stops it between batches.
 */
export async function runExportJob(
  id: string,
  { batch = 1000, signal }: { batch?: number; signal?: { readonly aborted: boolean } } = {},
): Promise<RunOutcome> {
  const job = await loadJob(id);
  if (!job || (job.status !== "QUEUED" && job.status !== "RUNNING")) return "skipped";
  const sees = await requesterSees(job);
  if (!sees) return fail(id, "forbidden");
  const entity = job.entity as ExportEntity;
  const delimiter = job.delimiter as Delimiter;
  const plan = await planExport(entity, storedSelection(job.params), sees, job.selectedAt, job.maxRoles ?? undefined);

  let seq = job.chunks;
  if (seq === 0) {
    const head = Buffer.from(csvText([headerOf(plan)], delimiter, true));
    const start = { status: "RUNNING" as const, startedAt: new Date(), maxRoles: plan.maxRoles };
    if (!(await appendChunk({ id, seq }, head, { users: 0, rows: 0, cursor: null, start }))) return "cancelled";
    seq = 1;
  }
  if (signal?.aborted) return "interrupted";
  const after = (job.cursor as GridKey | null) ?? null;
  for await (const { ids, last } of selectedBatches(plan.params, { now: job.selectedAt, batch }, after)) {
    const rows = await rowsOf(plan, ids);
    const data = Buffer.from(csvText(rows, delimiter, false));
    if (!(await appendChunk({ id, seq }, data, { users: ids.length, rows: rows.length, cursor: last })))
      return "cancelled";
    seq++;
    if (signal?.aborted) return "interrupted";
  }
  const { rows } = await prisma.exportJob.findUniqueOrThrow({ where: { id }, select: { rows: true } });
  return finish(job, rows);
}

/** The last attempt of a job failed: it ends as failed, with the reason, and its chunks go. */
export const failExportJob = fail;
