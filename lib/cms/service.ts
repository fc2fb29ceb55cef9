import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { companyPaths } from "@/lib/companies/tree";
import { prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { containsText } from "@/lib/grid/text";

import type { CmsPageFormInput, CmsPageFormValues } from "./schema";

/** The pages grid; pages are few, sorted by slug, then shared pages before a website's own. */
export async function listCmsPages(q: string, page: number, size: number) {
  const where = q ? { OR: [{ slug: containsText(q) }, { title: containsText(q) }] } : {};
  const [rows, total] = await Promise.all([
    prisma.cmsPage.findMany({
      where,
      orderBy: [{ slug: "asc" }, { websiteId: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        id: true,
        slug: true,
        title: true,
        published: true,
        updatedAt: true,
        website: { select: { name: true } },
        _count: { select: { blocks: true } },
      },
    }),
    prisma.cmsPage.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, website, ...p }) => ({ ...p, website: website?.name ?? null, blocks: _count.blocks })),
    total,
  };
}

/** The form's values of a page; a block's company is labelled only for a viewer who may view companies. */
export async function getCmsPageForm(id: string, sees: Sees): Promise<(CmsPageFormInput & { id: string }) | null> {
  const p = await prisma.cmsPage.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      websiteId: true,
      published: true,
      blocks: {
        orderBy: { position: "asc" },
        select: { body: true, audience: true, customerGroupId: true, companyId: true },
      },
    },
  });
  if (!p) return null;
  const paths = sees("customers/company/view")
    ? await companyPaths(
        prisma,
        p.blocks.flatMap((b) => (b.companyId ? [b.companyId] : [])),
      )
    : new Map<string, string[]>();
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    websiteId: p.websiteId ?? "",
    published: p.published,
    blocks: p.blocks.map((b) => ({
      body: b.body,
      audience: b.audience,
      customerGroupId: b.customerGroupId ?? "",
      companyId: b.companyId ?? "",
      companyLabel: b.companyId ? (paths.get(b.companyId) ?? []).join(" › ") : "",
    })),
  };
}

/** What the preview page names a content page by; null when it is gone. */
export function getCmsPageHeader(id: string) {
  return prisma.cmsPage.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, published: true, website: { select: { name: true } } },
  });
}

export async function listCmsFormOptions() {
  const [websites, customerGroups] = await Promise.all([
    prisma.website.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { websites, customerGroups };
}

async function snapshot(tx: Tx, id: string) {
  const p = await tx.cmsPage.findUnique({
    where: { id },
    select: {
      slug: true,
      title: true,
      published: true,
      website: { select: { code: true } },
      blocks: {
        orderBy: { position: "asc" },
        select: { audience: true, customerGroupId: true, companyId: true, body: true },
      },
    },
  });
  return (
    p && { slug: p.slug, title: p.title, published: p.published, website: p.website?.code ?? null, blocks: p.blocks }
  );
}

/**
 * The slug is unique per website and among shared pages. PostgreSQL treats NULL websites as
 * distinct in a unique index, so shared pages are checked here, under a lock.
 */
async function assertValues(tx: Tx, values: CmsPageFormValues, id: string | undefined) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:cms-page-slug'))`;
  const websiteId = values.websiteId || null;
  if (websiteId && !(await tx.website.findUnique({ where: { id: websiteId }, select: { id: true } })))
    throw new DomainError("websiteUnknown", "websiteId");
  if (
    await tx.cmsPage.findFirst({
      where: { slug: values.slug, websiteId, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    })
  ) {
    throw new DomainError("cmsSlugTaken", "slug");
  }
  const groupIds = [
    ...new Set(values.blocks.flatMap((b) => (b.audience === "CUSTOMER_GROUP" ? [b.customerGroupId] : []))),
  ];
  const companyIds = [...new Set(values.blocks.flatMap((b) => (b.audience === "COMPANY" ? [b.companyId] : [])))];
  if ((await tx.customerGroup.count({ where: { id: { in: groupIds } } })) !== groupIds.length)
    throw new DomainError("customerGroupUnknown", "blocks");
  if ((await tx.company.count({ where: { id: { in: companyIds } } })) !== companyIds.length)
    throw new DomainError("companyUnknown", "blocks");
}

const blocksOf = (values: CmsPageFormValues) =>
  values.blocks.map((b, position) => ({
    position,
    body: b.body,
    audience: b.audience,
    customerGroupId: b.audience === "CUSTOMER_GROUP" ? b.customerGroupId : null,
    companyId: b.audience === "COMPANY" ? b.companyId : null,
  }));

export async function saveCmsPage(
  actor: Actor,
  id: string | undefined,
  values: CmsPageFormValues,
): Promise<{ id: string }> {
  return transaction(async (tx) => {
    const before = id ? await snapshot(tx, id) : null;
    if (id && !before) throw new DomainError("notFound");
    await assertValues(tx, values, id);
    const data = {
      slug: values.slug,
      title: values.title,
      websiteId: values.websiteId || null,
      published: values.published,
    };
    const saved = id
      ? await tx.cmsPage.update({
          where: { id },
          data: { ...data, blocks: { deleteMany: {}, create: blocksOf(values) } },
          select: { id: true },
        })
      : await tx.cmsPage.create({ data: { ...data, blocks: { create: blocksOf(values) } }, select: { id: true } });
    await recordAudit(tx, actor, {
      entity: "cms-page",
      entityId: saved.id,
      action: id ? "update" : "create",
      before,
      after: await snapshot(tx, saved.id),
    });
    return saved;
  });
}

export async function deleteCmsPage(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    await tx.cmsPage.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "cms-page", entityId: id, action: "delete", before });
  });
}
