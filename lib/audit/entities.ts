import "server-only";

import type { Permission } from "@/lib/acl/resources";
import type { Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";

import type { AuditEntry } from "./record";
import { AUDIT_ENTITY_PERMISSION } from "./visibility";

type Entity = AuditEntry["entity"];
/** What an audit entry names: the record's name today and its page, or null when the record is gone. */
export type EntityRef = { name: string; href: string | null };

type Lookup = (ids: string[]) => Promise<{ id: string; name: string; href: string }[]>;
const person = (u: { firstName: string; lastName: string; email: string }) =>
  `${u.firstName} ${u.lastName} (${u.email})`.trim();

/**
 * For each entity the audit log records, how to find the records still there by id, what to call
 * them and which back-office page shows them. The page is linked only for viewers who may open it
 * (the entity's view permission, see AUDIT_ENTITY_PERMISSION); an entity with no page of its own
 * links to the page of what it belongs to.
 */
const LOOKUPS: Partial<Record<Entity, Lookup>> = {
  "staff-user": async (ids) =>
    (
      await prisma.staffUser.findMany({
        where: { id: { in: ids } },
        select: { id: true, firstName: true, lastName: true, email: true },
      })
    ).map((u) => ({ id: u.id, name: person(u), href: `/admin/users/${u.id}/edit` })),
  "staff-group": async (ids) =>
    (await prisma.staffGroup.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((g) => ({
      ...g,
      href: `/admin/groups/${g.id}/edit`,
    })),
  "staff-role": async (ids) =>
    (await prisma.staffRole.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      ...r,
      href: `/admin/roles/${r.id}/edit`,
    })),
  company: async (ids) =>
    (await prisma.company.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((c) => ({
      ...c,
      href: `/admin/companies/${c.id}`,
    })),
  "customer-user": async (ids) =>
    (
      await prisma.customerUser.findMany({
        where: { id: { in: ids } },
        select: { id: true, firstName: true, lastName: true, email: true },
      })
    ).map((u) => ({ id: u.id, name: person(u), href: `/admin/customer-users/${u.id}` })),
  "customer-address": async (ids) =>
    (
      await prisma.customerAddress.findMany({
        where: { id: { in: ids } },
        select: { id: true, street: true, city: true, customerUserId: true },
      })
    ).map((a) => ({ id: a.id, name: `${a.street}, ${a.city}`, href: `/admin/customer-users/${a.customerUserId}` })),
  "customer-role": async (ids) =>
    (await prisma.customerRole.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({
      ...r,
      href: `/admin/customer-roles/${r.id}/edit`,
    })),
  order: async (ids) =>
    (await prisma.order.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map((o) => ({
      id: o.id,
      name: o.number,
      href: `/admin/orders/${o.id}`,
    })),
  quote: async (ids) =>
    (await prisma.quote.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map((q) => ({
      id: q.id,
      name: q.number,
      href: `/admin/quotes/${q.number}`,
    })),
  "request-for-quote": async (ids) =>
    (await prisma.requestForQuote.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map(
      (r) => ({ id: r.id, name: r.number, href: `/admin/requests-for-quote/${r.number}` }),
    ),
  product: async (ids) =>
    (await prisma.product.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, sku: true } })).map(
      (p) => ({ id: p.id, name: `${p.name} (${p.sku})`, href: `/admin/products/${p.id}/edit` }),
    ),
  "price-list": async (ids) =>
    (await prisma.priceList.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((p) => ({
      ...p,
      href: `/admin/price-lists/${p.id}/edit`,
    })),
  "cms-page": async (ids) =>
    (await prisma.cmsPage.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((p) => ({
      id: p.id,
      name: p.title,
      href: `/admin/cms-pages/${p.id}/edit`,
    })),
  consent: async (ids) =>
    (await prisma.consent.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((c) => ({
      ...c,
      href: `/admin/consents/${c.id}/edit`,
    })),
  "email-message": async (ids) =>
    (
      await prisma.emailMessage.findMany({ where: { id: { in: ids } }, select: { id: true, subject: true, to: true } })
    ).map((m) => ({ id: m.id, name: `${m.subject} → ${m.to}`, href: `/admin/mailbox/${m.id}` })),
  "oauth-application": async (ids) =>
    (
      await prisma.oAuthApplication.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, customerUserId: true },
      })
    ).map((a) => ({ id: a.id, name: a.name, href: `/admin/customer-users/${a.customerUserId}` })),
};

/** What opening each entity's page needs besides its view permission (the edit pages ask for edit too). */
const PAGE_NEEDS: Partial<Record<Entity, Permission[]>> = {
  "staff-user": ["users/user/edit"],
  "staff-group": ["users/group/edit"],
  "staff-role": ["users/role/edit"],
  product: ["catalog/product/edit"],
  "price-list": ["catalog/price-list/edit", "catalog/product/view"],
  "cms-page": ["content/cms-page/edit"],
  consent: ["content/consent/edit"],
  "oauth-application": ["customers/customer-user/view"],
};

/**
 * The records a page of audit entries names, keyed `entity:id`: the ones that still exist, by name
 * and with a link, as far as the viewer may view them. Entries of deleted records keep their id.
 */
export async function auditEntityRefs(
  rows: { entity: string; entityId: string }[],
  sees: Sees,
): Promise<Map<string, EntityRef>> {
  const byEntity = new Map<Entity, Set<string>>();
  for (const r of rows) {
    const entity = r.entity as Entity;
    if (!LOOKUPS[entity] || !sees(AUDIT_ENTITY_PERMISSION[entity])) continue;
    byEntity.set(entity, (byEntity.get(entity) ?? new Set()).add(r.entityId));
  }
  const found = await Promise.all(
    [...byEntity].map(async ([entity, ids]) => ({ entity, records: await LOOKUPS[entity]!([...ids]) })),
  );
  const refs = new Map<string, EntityRef>();
  for (const { entity, records } of found) {
    const opens = (PAGE_NEEDS[entity] ?? []).every((p) => sees(p));
    for (const rec of records) refs.set(`${entity}:${rec.id}`, { name: rec.name, href: opens ? rec.href : null });
  }
  return refs;
}
