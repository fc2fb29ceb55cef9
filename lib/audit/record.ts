import "server-only";

/** Who acted, from where: built once per request by the action wrapper and passed to services. */
import type { Actor } from "@/lib/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sortableIds } from "@/lib/sortable-ids";

export type { Actor } from "@/lib/actor";

export const SYSTEM_ACTOR: Actor = { staffId: null, label: "system", ip: null };

export type AuditEntry = {
  entity:
    | "staff-user"
    | "staff-group"
    | "staff-role"
    | "company"
    | "email-template"
    | "customer-user"
    | "customer-address"
    | "customer-user-note"
    | "order"
    | "quote"
    | "system-setting"
    | "customer-role"
    | "product"
    | "price-list"
    | "cms-page"
    | "request-for-quote"
    | "consent"
    | "customer-assignment"
    | "impersonation-session"
    | "website"
    | "email-message"
    | "oauth-application"
    | "export-job"
    /** one bulk change of many records; each record's own entry names the run */
    | "bulk-run"
    | "csv-import";
  entityId: string;
  action:
    | "create"
    | "update"
    | "delete"
    | "activate"
    | "deactivate"
    | "enable"
    | "disable"
    | "register"
    | "confirm"
    | "unlock"
    | "change-password"
    | "reset-password"
    | "request-password-reset"
    | "reset-password-by-link"
    | "password-expired"
    | "start"
    | "end"
    | "registration-attempt"
    | "reveal"
    | "end-session"
    | "end-other-sessions"
    | "regenerate-secret"
    | "export"
    | "request"
    | "download"
    | "cancel"
    | "purge"
    | "assign"
    | "import"
    | "undo"
    /** a background run given up on (its reason in `after`) */
    | "fail"
    /** a storefront action taken by a staff member signed in as the customer user */
    | `storefront:${string}`
    /** a call of the storefront API that wrote something, by an application acting as the customer user */
    | `api:${string}`;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Field names whose values never reach the log; a change to them is recorded as "changed". */
const SECRET = /pass(word)?|secret|token|hash/i;
export const REDACTED = "[redacted]";

type Json = Prisma.InputJsonValue | null;
const toJson = (v: unknown): Json => (v instanceof Date ? v.toISOString() : v === undefined ? null : (v as Json));

/** { field: { before, after } } for every field that differs; secrets redacted. */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
) {
  const changes: Record<string, { before: Json; after: Json }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = toJson(before?.[key]);
    const a = toJson(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = SECRET.test(key)
      ? { before: b === null ? null : REDACTED, after: a === null ? null : REDACTED }
      : { before: b, after: a };
  }
  return changes;
}

const auditRow = (actor: Actor, entry: AuditEntry) => ({
  actorStaffId: actor.staffId,
  actorLabel: actor.label,
  ip: actor.ip,
  entity: entry.entity,
  entityId: entry.entityId,
  action: entry.action,
  changes: diffFields(entry.before, entry.after),
  impersonationSessionId: actor.impersonationSessionId ?? null,
  oauthApplicationId: actor.oauthApplicationId ?? null,
  bulkRunId: actor.bulkRunId ?? null,
  importRunId: actor.importRunId ?? null,
});

/** Record one write, inside the transaction that made it, so the log and the data never disagree. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) });
}

/**
 * Many writes by one actor in one statement, e.g. every user a chunk of an import changed: an
 * INSERT from arrays (building a multi-row insert of hundreds of entries costs more than running it).
 */
export async function recordAudits(tx: Tx, actor: Actor, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => auditRow(actor, e));
  await tx.$executeRaw`
    INSERT INTO "AuditLog" (id, at, "actorStaffId", "actorLabel", ip, entity, "entityId", action, changes,
      "impersonationSessionId", "oauthApplicationId", "bulkRunId", "importRunId")
    SELECT v.id, ${new Date()}, ${actor.staffId}, ${actor.label}, ${actor.ip}, v.entity, v."entityId", v.action, v.changes,
      ${actor.impersonationSessionId ?? null}, ${actor.oauthApplicationId ?? null}, ${actor.bulkRunId ?? null},
      ${actor.importRunId ?? null}
    FROM unnest(${sortableIds(rows.length)}::text[], ${rows.map((r) => r.entity)}::text[],
      ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => r.action)}::text[],
      ${rows.map((r) => JSON.stringify(r.changes))}::jsonb[]) AS v(id, entity, "entityId", action, changes)`;
}
