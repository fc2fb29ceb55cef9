import "server-only";

import { recordAudit, type Actor } from "@/lib/audit/record";
import { isUniqueViolation, prisma, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GridParams } from "@/lib/grid/params";
import { containsText } from "@/lib/grid/text";

import type { ProductFormValues } from "./schema";

export const PRODUCT_SORTS = ["name", "sku", "basePrice", "createdAt"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
export type ProductListParams = GridParams<ProductSort, "status">;
export const PRODUCT_FILTERS = { status: ["active", "inactive"] as const };

export type ProductRow = {
  id: string;
  sku: string;
  name: string;
  basePrice: number;
  currency: string;
  active: boolean;
  restricted: boolean;
  createdAt: Date;
};

/** The back-office products grid: search by name or SKU, status filter, sort and page in SQL. */
export async function listProductsForStaff(params: ProductListParams): Promise<{ rows: ProductRow[]; total: number }> {
  const where: Prisma.ProductWhereInput = {
    ...(params.q ? { OR: [{ name: containsText(params.q) }, { sku: containsText(params.q) }] } : {}),
    ...(params.filters.status ? { active: params.filters.status === "active" } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.product.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        sku: true,
        name: true,
        basePrice: true,
        currency: true,
        active: true,
        createdAt: true,
        _count: { select: { visibility: true } },
      },
    }),
    prisma.product.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...p }) => ({ ...p, restricted: _count.visibility > 0 })), total };
}

export async function getProductForStaff(id: string) {
  const p = await prisma.product.findUnique({
    where: { id },
    select: {
      id: true,
      sku: true,
      name: true,
      description: true,
      basePrice: true,
      active: true,
      imagePath: true,
      visibility: { select: { customerGroupId: true } },
    },
  });
  return p && { ...p, visibleGroupIds: p.visibility.map((v) => v.customerGroupId) };
}

export const listCustomerGroups = () =>
  prisma.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });

async function snapshot(tx: Tx, id: string) {
  const p = await tx.product.findUnique({
    where: { id },
    select: {
      sku: true,
      name: true,
      description: true,
      basePrice: true,
      active: true,
      imagePath: true,
      visibility: { select: { customerGroup: { select: { name: true } } } },
    },
  });
  return p && { ...p, visibility: p.visibility.map((v) => v.customerGroup.name).sort() };
}

async function assertGroups(tx: Tx, ids: string[]) {
  const found = await tx.customerGroup.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new DomainError("customerGroupUnknown", "visibleGroupIds");
}

const data = (v: ProductFormValues) => ({
  sku: v.sku,
  name: v.name,
  description: v.description,
  basePrice: v.basePrice,
  active: v.active,
});

/** `imagePath` undefined keeps the current image; a new upload replaces it. */
export async function saveProduct(
  actor: Actor,
  id: string | undefined,
  values: ProductFormValues,
  imagePath?: string,
): Promise<{ id: string }> {
  try {
    return await transaction(async (tx) => {
      await assertGroups(tx, values.visibleGroupIds);
      const before = id ? await snapshot(tx, id) : null;
      if (id && !before) throw new DomainError("notFound");
      const visibility = {
        create: [...new Set(values.visibleGroupIds)].map((customerGroupId) => ({ customerGroupId })),
      };
      const saved = id
        ? await tx.product.update({
            where: { id },
            data: {
              ...data(values),
              ...(imagePath ? { imagePath } : {}),
              visibility: { deleteMany: {}, ...visibility },
            },
            select: { id: true },
          })
        : await tx.product.create({
            data: { ...data(values), imagePath: imagePath ?? null, visibility },
            select: { id: true },
          });
      await recordAudit(tx, actor, {
        entity: "product",
        entityId: saved.id,
        action: id ? "update" : "create",
        before,
        after: await snapshot(tx, saved.id),
      });
      return saved;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("skuTaken", "sku");
    throw e;
  }
}

/** Past orders keep their own copy of SKU and name, so a product can go; its price entries go with it. */
export async function deleteProduct(actor: Actor, id: string): Promise<void> {
  await transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new DomainError("notFound");
    await tx.product.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "product", entityId: id, action: "delete", before });
  });
}
