import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import type { CompanyFormValues } from "./schema";
import { ancestorIds, companyPaths } from "./tree";

export const COMPANY_SORTS = ["name", "createdAt", "users"] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];
export type CompanyFilter = "parent";
export type CompanyListParams = GridParams<CompanySort, CompanyFilter>;
export const COMPANY_FILTERS = { parent: (v: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined) };

export type CompanyRow = {
  id: string;
  name: string;
  path: string[];
  parentId: string | null;
  salesRep: string | null;
  website: string;
  customerGroup: string | null;
  userCount: number;
  childCount: number;
  createdAt: Date;
};

/**
 * One page of the companies grid: search, "children of", sort and page in SQL; paths only for the
 * page's rows. The sales representative is a staff user, named only to viewers who may view those.
 */
export async function listCompanies(
  params: CompanyListParams,
  sees: Sees,
): Promise<{ rows: CompanyRow[]; total: number }> {
  const reps = sees("users/user/view");
  const where: Prisma.CompanyWhereInput = {
    ...(params.q ? { name: containsText(params.q) } : {}),
    ...(params.filters.parent ? { parentId: params.filters.parent } : {}),
  };
  const order: Prisma.CompanyOrderByWithRelationInput =
    params.sort === "users" ? { users: { _count: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    prisma.company.findMany({
      where,
      orderBy: [order, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        name: true,
        parentId: true,
        createdAt: true,
        salesRep: { select: { firstName: true, lastName: true } },
        website: { select: { name: true } },
        customerGroup: { select: { name: true } },
        _count: { select: { users: true, children: true } },
      },
    }),
    prisma.company.count({ where }),
  ]);
  const paths = await companyPaths(
    prisma,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((c) => ({
      id: c.id,
      name: c.name,
      path: paths.get(c.id) ?? [c.name],
      parentId: c.parentId,
      salesRep: reps && c.salesRep ? `${c.salesRep.firstName} ${c.salesRep.lastName}` : null,
      website: c.website.name,
      customerGroup: c.customerGroup?.name ?? null,
      userCount: c._count.users,
      childCount: c._count.children,
      createdAt: c.createdAt,
    })),
    total,
  };
}

/** The parent typeahead: at most 20 companies whose name contains `q`, with their paths. */
export async function searchCompanies(q: string, excludeId?: string): Promise<{ id: string; label: string }[]> {
  const rows = await prisma.company.findMany({
    where: { ...(q ? { name: containsText(q) } : {}), ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, name: true },
  });
  const paths = await companyPaths(
    prisma,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ id: r.id, label: (paths.get(r.id) ?? [r.name]).join(" › ") }));
}

/** One company; its sales representative is null for a viewer who may not view staff users. */
export async function getCompany(id: string, sees: Sees) {
  const company = await prisma.company.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      parentId: true,
      websiteId: true,
      customerGroupId: true,
      salesRepId: true,
      website: { select: { name: true } },
      customerGroup: { select: { name: true } },
      salesRep: { select: { firstName: true, lastName: true } },
      _count: { select: { users: true, children: true } },
    },
  });
  if (!company) return null;
  const paths = await companyPaths(prisma, company.parentId ? [company.id, company.parentId] : [company.id]);
  return {
    ...company,
    salesRep: sees("users/user/view") ? company.salesRep : null,
    path: paths.get(company.id) ?? [company.name],
    parentLabel: company.parentId ? (paths.get(company.parentId) ?? []).join(" › ") : "",
  };
}

/** The form's choices; the sales representatives (staff users) only for a viewer who may view those, otherwise null. */
export async function listCompanyFormOptions(sees: Sees) {
  const [websites, customerGroups, salesReps] = await Promise.all([
    prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    sees("users/user/view")
      ? prisma.staffUser.findMany({
          where: { status: "ACTIVE" },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
          take: 500,
          select: { id: true, firstName: true, lastName: true },
        })
      : null,
  ]);
  return {
    websites,
    customerGroups,
    salesReps: salesReps && salesReps.map((s) => ({ id: s.id, name: `${s.firstName} ${s.lastName}` })),
  };
}

/**
 * The audited view of a company: names rather than ids where a person reads them. One joined
 * query, because nested relation reads inside a transaction would run side by side on its connection.
 */
async function auditSnapshot(tx: Tx, id: string) {
  const [c] = await tx.$queryRaw<
    { name: string; parentId: string | null; website: string; customerGroup: string | null; salesRep: string | null }[]
  >`
    SELECT c.name, c."parentId", w.code AS website, g.name AS "customerGroup", s.email AS "salesRep"
    FROM "Company" c
    JOIN "Website" w ON w.id = c."websiteId"
    LEFT JOIN "CustomerGroup" g ON g.id = c."customerGroupId"
    LEFT JOIN "StaffUser" s ON s.id = c."salesRepId"
    WHERE c.id = ${id}`;
  return c ?? null;
}

/**
 * The references must exist, and a company may not sit below itself. The tree lock serialises
 * every re-parenting, so two concurrent moves cannot close a cycle between them.
 */
async function assertReferences(tx: Tx, values: CompanyFormValues, id?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:company-tree'))`;
  if (values.parentId) {
    if (!(await tx.company.findUnique({ where: { id: values.parentId }, select: { id: true } })))
      throw new DomainError("companyParentUnknown", "parentId");
    if (id && (values.parentId === id || (await ancestorIds(tx, values.parentId)).includes(id)))
      throw new DomainError("companyCycle", "parentId");
  }
  if (!(await tx.website.findUnique({ where: { id: values.websiteId }, select: { id: true } })))
    throw new DomainError("websiteUnknown", "websiteId");
  if (
    values.customerGroupId &&
    !(await tx.customerGroup.findUnique({ where: { id: values.customerGroupId }, select: { id: true } }))
  ) {
    throw new DomainError("customerGroupUnknown", "customerGroupId");
  }
  if (
    values.salesRepId &&
    !(await tx.staffUser.findFirst({ where: { id: values.salesRepId, status: "ACTIVE" }, select: { id: true } }))
  ) {
    throw new DomainError("salesRepUnknown", "salesRepId");
  }
}

export async function createCompany(actor: Actor, values: CompanyFormValues): Promise<{ id: string }> {
  return transaction((tx) => createCompanyIn(tx, actor, values));
}

/** Inside the caller's transaction, e.g. a customer user saved together with their new company. */
export async function createCompanyIn(tx: Tx, actor: Actor, values: CompanyFormValues): Promise<{ id: string }> {
  await assertReferences(tx, values);
  const created = await tx.company.create({ data: values, select: { id: true } });
  await recordAudit(tx, actor, {
    entity: "company",
    entityId: created.id,
    action: "create",
    after: await auditSnapshot(tx, created.id),
  });
  return created;
}

export async function updateCompany(actor: Actor, id: string, values: CompanyFormValues): Promise<void> {
  await transaction(async (tx) => {
    const before = await auditSnapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    await assertReferences(tx, values, id);
    await tx.company.update({ where: { id }, data: values });
    await recordAudit(tx, actor, {
      entity: "company",
      entityId: id,
      action: "update",
      before,
      after: await auditSnapshot(tx, id),
    });
  });
}

/** Refused while subsidiaries or users belong to the company: they would lose their place in the tree. */
export async function deleteCompany(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:company-tree'))`;
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Company" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("notFound");
    const children = await tx.company.count({ where: { parentId: id } });
    if (children > 0) throw new DomainError("companyHasSubsidiaries", undefined, { count: children });
    const users = await tx.customerUser.count({ where: { companyId: id } });
    if (users > 0) throw new DomainError("companyHasUsers", undefined, { count: users });
    const before = await auditSnapshot(tx, id);
    await tx.company.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "company", entityId: id, action: "delete", before });
  });
}
