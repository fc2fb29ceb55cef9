import "server-only";

import type { Sees } from "@/lib/acl/visibility";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { companyPaths } from "@/lib/companies/tree";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatMinorUnits } from "@/lib/money/money";

import type { PriceListFormInput, PriceListFormValues } from "./price-list-schema";

/** Price lists are few (one per negotiated deal), so the back office pages through them by name. */
export async function listPriceLists(page: number, size: number) {
  const [rows, total] = await Promise.all([
    prisma.priceList.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        id: true,
        name: true,
        currency: true,
        _count: { select: { entries: true, companies: true, customerGroups: true } },
      },
    }),
    prisma.priceList.count(),
  ]);
  return {
    rows: rows.map(({ _count, ...r }) => ({
      ...r,
      entries: _count.entries,
      companies: _count.companies,
      customerGroups: _count.customerGroups,
    })),
    total,
  };
}

/**
 * The form's values for an existing list, with company labels for the picker. Its entries name
 * products by SKU and its companies by name: each only for a viewer who may view those (no entries,
 * empty labels otherwise).
 */
export async function getPriceListForm(id: string, sees: Sees): Promise<(PriceListFormInput & { id: string }) | null> {
  const l = await prisma.priceList.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      currency: true,
      entries: {
        orderBy: [{ product: { sku: "asc" } }, { minQuantity: "asc" }],
        select: { price: true, minQuantity: true, product: { select: { sku: true } } },
      },
      companies: { select: { companyId: true } },
      customerGroups: { select: { customerGroupId: true } },
    },
  });
  if (!l) return null;
  const paths = sees("customers/company/view")
    ? await companyPaths(
        prisma,
        l.companies.map((c) => c.companyId),
      )
    : new Map<string, string[]>();
  return {
    id: l.id,
    name: l.name,
    currency: l.currency as "EUR",
    entries: sees("catalog/product/view")
      ? l.entries.map((e) => ({ sku: e.product.sku, price: formatMinorUnits(e.price), minQuantity: e.minQuantity }))
      : [],
    companies: l.companies.map((c) => ({ id: c.companyId, label: (paths.get(c.companyId) ?? []).join(" › ") })),
    customerGroupIds: l.customerGroups.map((g) => g.customerGroupId),
  };
}

async function snapshot(tx: Tx, id: string) {
  const [l] = await tx.$queryRaw<
    { name: string; currency: string; entries: string[] | null; companies: string[] | null; groups: string[] | null }[]
  >`
    SELECT l.name, l.currency,
      (SELECT array_agg(p.sku || ' ≥' || e."minQuantity" || ': ' || e.price ORDER BY p.sku, e."minQuantity") FROM "PriceListEntry" e JOIN "Product" p ON p.id = e."productId" WHERE e."priceListId" = l.id) AS entries,
      (SELECT array_agg(c.name ORDER BY c.name) FROM "PriceListCompany" a JOIN "Company" c ON c.id = a."companyId" WHERE a."priceListId" = l.id) AS companies,
      (SELECT array_agg(g.name ORDER BY g.name) FROM "PriceListCustomerGroup" a JOIN "CustomerGroup" g ON g.id = a."customerGroupId" WHERE a."priceListId" = l.id) AS groups
    FROM "PriceList" l WHERE l.id = ${id}`;
  return l
    ? {
        name: l.name,
        currency: l.currency,
        entries: l.entries ?? [],
        companies: l.companies ?? [],
        customerGroups: l.groups ?? [],
      }
    : null;
}

/**
 * SKUs become product ids (an unknown SKU is refused at its row), and each company and customer
 * group may have only one list: taking one that another list has is refused with that list's name.
 */
async function resolve(tx: Tx, values: PriceListFormValues, id: string | undefined) {
  const products = await tx.product.findMany({
    where: { sku: { in: values.entries.map((e) => e.sku) } },
    select: { id: true, sku: true },
  });
  const bySku = new Map(products.map((p) => [p.sku, p.id]));
  const seen = new Set<string>();
  const entries = values.entries.map((e, i) => {
    const productId = bySku.get(e.sku);
    if (!productId) throw new DomainError("productUnknown", `entries.${i}.sku`, { sku: e.sku });
    if (seen.has(`${productId}:${e.minQuantity}`))
      throw new DomainError("priceEntryDuplicate", `entries.${i}.sku`, { sku: e.sku });
    seen.add(`${productId}:${e.minQuantity}`);
    return { productId, price: e.price, minQuantity: e.minQuantity };
  });
  const companyIds = [...new Set(values.companies.map((c) => c.id))];
  const groupIds = [...new Set(values.customerGroupIds)];
  if ((await tx.company.count({ where: { id: { in: companyIds } } })) !== companyIds.length)
    throw new DomainError("companyUnknown", "companies");
  if ((await tx.customerGroup.count({ where: { id: { in: groupIds } } })) !== groupIds.length)
    throw new DomainError("customerGroupUnknown", "customerGroupIds");
  const other = { priceListId: id ? { not: id } : undefined };
  const takenCompany = await tx.priceListCompany.findFirst({
    where: { companyId: { in: companyIds }, ...other },
    select: { company: { select: { name: true } }, priceList: { select: { name: true } } },
  });
  if (takenCompany)
    throw new DomainError("priceListCompanyTaken", "companies", {
      company: takenCompany.company.name,
      list: takenCompany.priceList.name,
    });
  const takenGroup = await tx.priceListCustomerGroup.findFirst({
    where: { customerGroupId: { in: groupIds }, ...other },
    select: { customerGroup: { select: { name: true } }, priceList: { select: { name: true } } },
  });
  if (takenGroup)
    throw new DomainError("priceListGroupTaken", "customerGroupIds", {
      group: takenGroup.customerGroup.name,
      list: takenGroup.priceList.name,
    });
  return {
    entries: { create: entries },
    companies: { create: companyIds.map((companyId) => ({ companyId })) },
    customerGroups: { create: groupIds.map((customerGroupId) => ({ customerGroupId })) },
  };
}

export async function savePriceList(
  actor: Actor,
  id: string | undefined,
  values: PriceListFormValues,
): Promise<{ id: string }> {
  try {
    return await transaction(async (tx) => {
      // assignments are checked and written under one lock, so two lists cannot take one company at once
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('concierge:price-list-assignments'))`;
      const before = id ? await snapshot(tx, id) : null;
      if (id && !before) throw new DomainError("notFound");
      const relations = await resolve(tx, values, id);
      const saved = id
        ? await tx.priceList.update({
            where: { id },
            data: {
              name: values.name,
              currency: values.currency,
              entries: { deleteMany: {}, ...relations.entries },
              companies: { deleteMany: {}, ...relations.companies },
              customerGroups: { deleteMany: {}, ...relations.customerGroups },
            },
            select: { id: true },
          })
        : await tx.priceList.create({
            data: { name: values.name, currency: values.currency, ...relations },
            select: { id: true },
          });
      await recordAudit(tx, actor, {
        entity: "price-list",
        entityId: saved.id,
        action: id ? "update" : "create",
        before,
        after: await snapshot(tx, saved.id),
      });
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("priceListNameTaken", "name");
    throw e;
  }
}

export async function deletePriceList(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    await tx.priceList.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "price-list", entityId: id, action: "delete", before });
  });
}
