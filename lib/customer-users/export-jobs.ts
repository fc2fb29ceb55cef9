import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "@/lib/audit/record";
import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ExportJobStatus } from "@/lib/generated/prisma/client";
import { parseGridParams } from "@/lib/grid/params";
import type { RunFailure } from "@/lib/run-attempts";

import { isoDate, type Delimiter, type ExportEntity } from "./export";
import { CUSTOMER_USER_GRID, type CustomerUserListParams } from "./params";
import { customerUserCountQuery } from "./query";
import { withoutCompany } from "./service";

export const EXPORT_FILE: Record<ExportEntity, string> = {
  users: "customer-users",
  addresses: "customer-user-addresses",
};
export const exportFileName = (entity: ExportEntity, day: Date) => `${EXPORT_FILE[entity]}-${isoDate(day)}.csv`;

/** Who looks at export jobs: their own, or everyone's with `customers/customer-user/export-all`. */
export type ExportViewer = { id: string; can: Sees };
const reach = (viewer: ExportViewer) =>
  viewer.can("customers/customer-user/export-all") ? {} : { requestedById: viewer.id };

/** How many customer users the grid's URL selects, as the viewer's grid counts them. */
export async function selectionCount(params: CustomerUserListParams, sees: Sees): Promise<number> {
  const visible = sees("customers/company/view") ? params : withoutCompany(params);
  const [row] = await prisma.$queryRaw<{ total: number }[]>(customerUserCountQuery(visible));
  return row?.total ?? 0;
}

/** The part of the grid's URL state an export keeps: its filters and order (not the page). */
const selectionOf = (params: CustomerUserListParams) => ({
  filters: params.filters,
  sort: params.sort,
  dir: params.dir,
});

/** The stored selection read back through the grid's own whitelists, as a URL would be. */
export function storedSelection(stored: unknown): CustomerUserListParams {
  const s = (stored ?? {}) as { filters?: Record<string, string>; sort?: string; dir?: string };
  return parseGridParams({ ...s.filters, sort: s.sort, dir: s.dir }, CUSTOMER_USER_GRID);
}

/**
 * Queues an export of the selection as a job, with its audit entry: the worker's sweeper hands it
 * to the queue once this commits. `total` is the grid's count when asked, the progress bar's end.
 */
export async function requestExportJob(
  actor: Actor & { staffId: string },
  input: { entity: ExportEntity; params: CustomerUserListParams; delimiter: Delimiter; total: number },
): Promise<{ id: string }> {
  return transaction(async (tx) => {
    const selection = selectionOf(input.params);
    const job = await tx.exportJob.create({
      data: {
        requestedById: actor.staffId,
        entity: input.entity,
        params: selection,
        delimiter: input.delimiter,
        total: input.total,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      entity: "export-job",
      entityId: job.id,
      action: "request",
      after: { export: input.entity, delimiter: input.delimiter, total: input.total, ...selection },
    });
    return job;
  });
}

export type ExportJobRow = {
  id: string;
  entity: ExportEntity;
  fileName: string;
  status: ExportJobStatus;
  total: number;
  processed: number;
  rows: number;
  bytes: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
  requestedBy: { id: string; email: string };
  mine: boolean;
};

const ROW_SELECT = {
  id: true,
  entity: true,
  status: true,
  total: true,
  processed: true,
  rows: true,
  bytes: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  expiresAt: true,
  requestedBy: { select: { id: true, email: true } },
} as const;

function toRow(viewer: ExportViewer, job: Omit<ExportJobRow, "fileName" | "mine">): ExportJobRow {
  const entity = job.entity as ExportEntity;
  return {
    ...job,
    entity,
    fileName: exportFileName(entity, job.createdAt),
    mine: job.requestedBy.id === viewer.id,
  };
}

/** One page of the export jobs the viewer may see, newest first. */
export async function listExportJobs(
  viewer: ExportViewer,
  { page, size }: { page: number; size: number },
): Promise<{ rows: ExportJobRow[]; total: number }> {
  const where = reach(viewer);
  const [jobs, total] = await Promise.all([
    prisma.exportJob.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * size,
      take: size,
      select: ROW_SELECT,
    }),
    prisma.exportJob.count({ where }),
  ]);
  return { rows: jobs.map((j) => toRow(viewer, j as Omit<ExportJobRow, "fileName" | "mine">)), total };
}

/** The viewer's own exports that finished since they last looked: the back office's notice. */
export async function unseenFinishedExports(viewer: ExportViewer): Promise<ExportJobRow[]> {
  const jobs = await prisma.exportJob.findMany({
    where: { requestedById: viewer.id, status: { in: ["DONE", "FAILED"] }, seenAt: null },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: 5,
    select: ROW_SELECT,
  });
  return jobs.map((j) => toRow(viewer, j as Omit<ExportJobRow, "fileName" | "mine">));
}

/**
 * Stops a queued or running export: the worker notices at its next batch and writes no more; the
 * chunks written so far go at once. The requester, or a holder of export-all, may; for anyone else
 * the job does not exist.
 */
export async function cancelExportJob(actor: Actor, viewer: ExportViewer, id: string): Promise<void> {
  await transaction(async (tx) => {
    const { count } = await tx.exportJob.updateMany({
      where: { id, ...reach(viewer), status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "CANCELLED", finishedAt: new Date() },
    });
    if (count === 0) throw new DomainError("exportNotCancellable");
    await tx.exportChunk.deleteMany({ where: { jobId: id } });
    await recordAudit(tx, actor, { entity: "export-job", entityId: id, action: "cancel" });
  });
}

/** The requester has seen the notice of a finished export. Only their own. */
export async function dismissExportNotice(viewer: ExportViewer, id: string): Promise<void> {
  await prisma.exportJob.updateMany({
    where: { id, requestedById: viewer.id, seenAt: null },
    data: { seenAt: new Date() },
  });
}

/**
 * The finished file for its requester or a holder of export-all, or null (the route answers 404, so
 * nobody else learns that it exists). Audited, and the requester's notice counts as seen.
 */
export async function openExportDownload(
  actor: Actor,
  viewer: ExportViewer,
  id: string,
): Promise<{ fileName: string; bytes: number; body: ReadableStream<Uint8Array> } | null> {
  const job = await prisma.exportJob.findFirst({
    where: { id, ...reach(viewer), status: "DONE" },
    select: { id: true, entity: true, createdAt: true, bytes: true, chunks: true, requestedById: true },
  });
  if (!job) return null;
  await transaction(async (tx) => {
    await recordAudit(tx, actor, { entity: "export-job", entityId: id, action: "download" });
    if (job.requestedById === viewer.id)
      await tx.exportJob.updateMany({ where: { id, seenAt: null }, data: { seenAt: new Date() } });
  });
  return {
    fileName: exportFileName(job.entity as ExportEntity, job.createdAt),
    bytes: job.bytes,
    body: chunkStream(id, job.chunks),
  };
}

/** The stored chunks in order, one read each, pulled only as the response is read: memory stays flat. */
function chunkStream(jobId: string, chunks: number): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (; seq < chunks; seq++) {
        const chunk = await prisma.exportChunk.findUnique({
          where: { jobId_seq: { jobId, seq } },
          select: { data: true },
        });
        // the file was purged or cancelled while it was being read: end it broken rather than short
        if (!chunk) return controller.error(new Error(`export ${jobId} lost chunk ${seq}`));
        if (chunk.data.length === 0) continue;
        seq++;
        return controller.enqueue(new Uint8Array(chunk.data));
      }
      controller.close();
    },
  });
}

/** Rows of ended jobs stay listed this long after they ended (or their file expired), then go. */
const KEEP_ENDED_MS = 30 * 24 * 60 * 60_000;

/**
 * Deletes the files of finished exports past their expiry, one audit entry each; the job rows stay
 * listed as expired for a month, as cancelled and failed ones do. Idempotent.
 */
export async function purgeExpiredExports(now = new Date()): Promise<number> {
  const expired = await prisma.exportJob.findMany({
    where: { status: "DONE", expiresAt: { lte: now } },
    select: { id: true },
    take: 1000,
  });
  for (const job of expired)
    await transaction(async (tx) => {
      const { count } = await tx.exportJob.updateMany({
        where: { id: job.id, status: "DONE" },
        data: { status: "EXPIRED" },
      });
      if (count === 0) return;
      await tx.exportChunk.deleteMany({ where: { jobId: job.id } });
      await recordAudit(tx, SYSTEM_ACTOR, { entity: "export-job", entityId: job.id, action: "purge" });
    });
  const before = new Date(now.getTime() - KEEP_ENDED_MS);
  await prisma.exportJob.deleteMany({
    where: {
      OR: [
        { status: "EXPIRED", expiresAt: { lt: before } },
        { status: { in: ["CANCELLED", "FAILED"] }, finishedAt: { lt: before } },
      ],
    },
  });
  return expired.length;
}

/** Why a failed job failed, as the exports page and the notice say it: a stored code, or an older job's free text. */
export const exportFailureOf = (error: string | null): RunFailure =>
  error === "forbidden" || error === "stopped" ? error : "error";
