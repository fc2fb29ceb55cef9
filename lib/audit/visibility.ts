import type { Permission } from "@/lib/acl/resources";
import type { Sees } from "@/lib/acl/visibility";

import type { AuditEntry } from "./record";

type Entity = AuditEntry["entity"];

/**
 * An audit entry shows the fields of a record as they changed: it is that record's data, and the
 * audit log lists it only to viewers who may view the record's resource. Keyed by the union that
 * recordAudit accepts, so an entity added there must be given its permission here.
 */
export const AUDIT_ENTITY_PERMISSION: Record<Entity, Permission> = {
  "staff-user": "users/user/view",
  "staff-group": "users/group/view",
  "staff-role": "users/role/view",
  "customer-assignment": "users/customer-assignment/view",
  company: "customers/company/view",
  "customer-user": "customers/customer-user/view",
  "customer-address": "customers/customer-user/view",
  "customer-user-note": "customers/customer-user/view",
  "customer-role": "customers/customer-role/view",
  "impersonation-session": "customers/impersonation/view",
  order: "sales/order/view",
  quote: "sales/quote/view",
  "request-for-quote": "sales/quote/view",
  product: "catalog/product/view",
  "price-list": "catalog/price-list/view",
  "cms-page": "content/cms-page/view",
  consent: "content/consent/view",
  "email-template": "system/settings/view",
  "system-setting": "system/settings/view",
  website: "system/settings/view",
  "email-message": "system/mail/view",
  "oauth-application": "customers/oauth-application/view",
  "export-job": "customers/customer-user/view",
  // the runs change customer users; what each did is in the users' own entries
  "bulk-run": "customers/customer-user/view",
  "csv-import": "customers/customer-user/import",
};

/** Fields in which an entry names records of another resource (a company's sales representative, a price list's products). */
const REFERENCES: Partial<Record<Entity, Record<string, Permission>>> = {
  "staff-user": { groups: "users/group/view" },
  "staff-group": { roles: "users/role/view" },
  company: { salesRep: "users/user/view" },
  "customer-user": {
    company: "customers/company/view",
    salesRep: "users/user/view",
    roles: "customers/customer-role/view",
  },
  "customer-role": { company: "customers/company/view" },
  "customer-assignment": { staffUser: "users/user/view", customerUser: "customers/customer-user/view" },
  "impersonation-session": { customerEmail: "customers/customer-user/view" },
  quote: { sentTo: "customers/customer-user/view" },
  "price-list": { entries: "catalog/product/view", companies: "customers/company/view" },
  consent: { page: "content/cms-page/view" },
  "oauth-application": { owner: "customers/customer-user/view" },
};

export function visibleEntities(sees: Sees): Entity[] {
  return (Object.keys(AUDIT_ENTITY_PERMISSION) as Entity[]).filter((e) => sees(AUDIT_ENTITY_PERMISSION[e]));
}

/** Whether the viewer may read this field of this entity's entries. */
export function fieldSeen(sees: Sees, entity: string, field: string): boolean {
  const permission = REFERENCES[entity as Entity]?.[field];
  return !permission || sees(permission);
}

/**
 * Whether the viewer may read who acted: a staff user's e-mail needs users/user/view, a customer
 * user's (the storefront, the storefront API, or the customer a staff member was signed in as)
 * customers/customer-user/view.
 * Only the system names no one.
 */
export function actorSeen(
  sees: Sees,
  row: { actorStaffId: string | null; actorLabel: string; impersonationSessionId: string | null },
): boolean {
  // a storefront write names the customer user; so does a write through the storefront API ("API: <app> for <e-mail>")
  const storefront =
    !row.actorStaffId && (row.actorLabel.startsWith("storefront:") || row.actorLabel.startsWith("API: "));
  const system = !row.actorStaffId && row.actorLabel === "system";
  if (!system && !storefront && !sees("users/user/view")) return false;
  if ((storefront || row.impersonationSessionId) && !sees("customers/customer-user/view")) return false;
  return true;
}
