import type { AuditEntry } from "@/lib/audit/record";
import type { GridParams } from "@/lib/grid/params";

// Keyed by the union that recordAudit accepts, so an entity or action added there must be offered here too.
const ENTITIES: Record<AuditEntry["entity"], true> = {
  "staff-user": true,
  "staff-group": true,
  "staff-role": true,
  company: true,
  "email-template": true,
  "customer-user": true,
  "customer-address": true,
  "customer-user-note": true,
  order: true,
  quote: true,
  "system-setting": true,
  "customer-role": true,
  product: true,
  "price-list": true,
  "cms-page": true,
  "request-for-quote": true,
  consent: true,
  "customer-assignment": true,
  "impersonation-session": true,
  website: true,
  "email-message": true,
  "oauth-application": true,
  "export-job": true,
  "bulk-run": true,
  "csv-import": true,
};
const ACTIONS: Record<AuditEntry["action"], true> = {
  create: true,
  update: true,
  delete: true,
  activate: true,
  deactivate: true,
  enable: true,
  disable: true,
  register: true,
  confirm: true,
  unlock: true,
  "change-password": true,
  "reset-password": true,
  "request-password-reset": true,
  "reset-password-by-link": true,
  "password-expired": true,
  start: true,
  end: true,
  "registration-attempt": true,
  reveal: true,
  "end-session": true,
  "end-other-sessions": true,
  "regenerate-secret": true,
  export: true,
  request: true,
  download: true,
  cancel: true,
  purge: true,
  assign: true,
  import: true,
  undo: true,
  fail: true,
};
export const AUDIT_ENTITIES = Object.keys(ENTITIES) as AuditEntry["entity"][];
export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditEntry["action"][];

export const AUDIT_SORTS = ["at"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];
export type AuditFilter = "actor" | "actorId" | "entity" | "action" | "from" | "to" | "session" | "run";
export type AuditListParams = GridParams<AuditSort, AuditFilter>;

/** A calendar day as the date input sends it (YYYY-MM-DD), if it exists. */
export function isoDay(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? value : undefined;
}

export const AUDIT_FILTERS = {
  actor: (v: string) => v.trim().slice(0, 200) || undefined,
  actorId: (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined),
  entity: AUDIT_ENTITIES,
  action: AUDIT_ACTIONS,
  from: isoDay,
  to: isoDay,
  /** the entries written during one impersonation session */
  session: (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined),
  /** the entries of one bulk run: the run's own and each changed record's */
  run: (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined),
} satisfies Record<AuditFilter, unknown>;

export const AUDIT_GRID = {
  sorts: AUDIT_SORTS,
  defaultSort: "at",
  defaultDir: "desc",
  filters: AUDIT_FILTERS,
} as const;

/**
 * The instants of a day range, both days included, read as UTC days: from the start of `from`
 * to (excluding) the start of the day after `to`.
 */
export function utcDayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00.000Z`);
  if (to) range.lt = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 86_400_000);
  return range;
}
