import "server-only";

import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderMarkdown } from "@/lib/markdown/markdown";
import type { ShopViewer } from "@/lib/storefront/context";

import { resolvePrice, type Price } from "./pricing";

export type ShopProduct = { id: string; sku: string; name: string; imagePath: string | null; price: Price };
export type ShopProductDetail = ShopProduct & { descriptionHtml: string };
export type ShopListParams = { q: string; page: number; size: number };

type PricedRow = {
  id: string;
  sku: string;
  name: string;
  imagePath: string | null;
  basePrice: number;
  currency: string;
  companyPrice: number | null;
  groupPrice: number | null;
};

/** The storefront's page size; the grid is a product wall, not a table. */
export const SHOP_PAGE_SIZE = 12;

const OWNERS = {
  company: { table: Prisma.raw('"PriceListCompany"'), column: Prisma.raw('"companyId"') },
  group: { table: Prisma.raw('"PriceListCustomerGroup"'), column: Prisma.raw('"customerGroupId"') },
};

/** The entry of the price list assigned to the company or group that applies to `quantity` pieces, or NULL. */
function listPrice(owner: keyof typeof OWNERS, ownerId: string | null | undefined, quantity: number): Prisma.Sql {
  if (!ownerId) return Prisma.sql`NULL::int`;
  const { table, column } = OWNERS[owner];
  return Prisma.sql`(SELECT e.price FROM "PriceListEntry" e
    JOIN ${table} a ON a."priceListId" = e."priceListId"
    JOIN "PriceList" l ON l.id = e."priceListId"
    WHERE e."productId" = p.id AND a.${column} = ${ownerId} AND e."minQuantity" <= ${quantity} AND l.currency = p.currency
    ORDER BY e."minQuantity" DESC LIMIT 1)`;
}

const priceColumns = (viewer: ShopViewer | null, quantity = 1) =>
  Prisma.sql`${listPrice("company", viewer?.companyId, quantity)} AS "companyPrice", ${listPrice("group", viewer?.customerGroupId, quantity)} AS "groupPrice"`;

/**
 * Active products the viewer may see: unrestricted ones, and restricted ones only when the viewer's
 * company is in one of the product's customer groups. Visitors see unrestricted products only.
 */
function visibleTo(viewer: ShopViewer | null): Prisma.Sql {
  const unrestricted = Prisma.sql`NOT EXISTS (SELECT 1 FROM "ProductVisibility" v WHERE v."productId" = p.id)`;
  if (!viewer?.customerGroupId) return Prisma.sql`p.active AND ${unrestricted}`;
  return Prisma.sql`p.active AND (${unrestricted} OR EXISTS (SELECT 1 FROM "ProductVisibility" v WHERE v."productId" = p.id AND v."customerGroupId" = ${viewer.customerGroupId}))`;
}

const toProduct = (r: PricedRow): ShopProduct => ({
  id: r.id,
  sku: r.sku,
  name: r.name,
  imagePath: r.imagePath,
  price: resolvePrice(r),
});
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
const searchClause = (q: string) =>
  q ? Prisma.sql`AND (p.name ILIKE ${`%${escapeLike(q)}%`} OR p.sku ILIKE ${`%${escapeLike(q)}%`})` : Prisma.empty;

/** One page of the products a viewer may see, each with the viewer's price; search and paging in SQL. */
export async function listProducts(
  viewer: ShopViewer | null,
  params: ShopListParams,
): Promise<{ rows: ShopProduct[]; total: number }> {
  const search = searchClause(params.q);
  const where = Prisma.sql`WHERE ${visibleTo(viewer)} ${search}`;
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<PricedRow[]>`
      SELECT p.id, p.sku, p.name, p."imagePath", p."basePrice", p.currency, ${priceColumns(viewer)}
      FROM "Product" p ${where}
      ORDER BY p.name, p.id LIMIT ${params.size} OFFSET ${(params.page - 1) * params.size}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Product" p ${where}`,
  ]);
  return { rows: rows.map(toProduct), total: count?.total ?? 0 };
}

/**
 * The products a viewer may see after a position (name, id) in the storefront's order, each with
 * the viewer's price: the storefront API pages through the catalogue by this key, stable under inserts.
 */
export async function listProductsAfter(
  viewer: ShopViewer,
  params: { q: string; after: { name: string; id: string } | null; take: number },
): Promise<ShopProduct[]> {
  const search = searchClause(params.q);
  const after = params.after
    ? Prisma.sql`AND (p.name, p.id) > (${params.after.name}, ${params.after.id})`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<PricedRow[]>`
    SELECT p.id, p.sku, p.name, p."imagePath", p."basePrice", p.currency, ${priceColumns(viewer)}
    FROM "Product" p WHERE ${visibleTo(viewer)} ${search} ${after}
    ORDER BY p.name, p.id LIMIT ${params.take}`;
  return rows.map(toProduct);
}

/** A product page: null when the product does not exist, is inactive or hidden from this viewer. */
export async function getProduct(viewer: ShopViewer | null, sku: string): Promise<ShopProductDetail | null> {
  const [row] = await prisma.$queryRaw<(PricedRow & { description: string })[]>`
    SELECT p.id, p.sku, p.name, p."imagePath", p."basePrice", p.currency, p.description, ${priceColumns(viewer)}
    FROM "Product" p WHERE ${visibleTo(viewer)} AND p.sku = ${sku}`;
  return row ? { ...toProduct(row), descriptionHtml: renderMarkdown(row.description) } : null;
}

/** The viewer's prices for many products in one query (for carts and lists built elsewhere); hidden products are left out. */
export async function priceFor(
  viewer: ShopViewer | null,
  productIds: string[],
  quantity = 1,
): Promise<Map<string, Price>> {
  if (productIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<PricedRow[]>`
    SELECT p.id, p.sku, p.name, p."imagePath", p."basePrice", p.currency, ${priceColumns(viewer, quantity)}
    FROM "Product" p WHERE ${visibleTo(viewer)} AND p.id IN (${Prisma.join(productIds)})`;
  return new Map(rows.map((r) => [r.id, resolvePrice(r)]));
}

/** The products a viewer may see among these SKUs, by SKU (for lines typed by SKU). */
export async function visibleProductsBySku(
  viewer: ShopViewer,
  skus: string[],
): Promise<Map<string, { id: string; sku: string; name: string }>> {
  if (skus.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; sku: string; name: string }[]>`
    SELECT p.id, p.sku, p.name FROM "Product" p WHERE ${visibleTo(viewer)} AND p.sku IN (${Prisma.join(skus)})`;
  return new Map(rows.map((r) => [r.sku, r]));
}

/** The first products a viewer may see whose SKU starts with, or whose name contains, the text: SKU matches first. */
export async function searchVisibleProducts(
  viewer: ShopViewer,
  q: string,
  limit: number,
): Promise<{ id: string; sku: string; name: string }[]> {
  const text = escapeLike(q);
  return prisma.$queryRaw<{ id: string; sku: string; name: string }[]>`
    SELECT p.id, p.sku, p.name FROM "Product" p
    WHERE ${visibleTo(viewer)} AND (p.sku ILIKE ${`${text}%`} OR p.name ILIKE ${`%${text}%`})
    ORDER BY (p.sku ILIKE ${`${text}%`}) DESC, p.sku LIMIT ${limit}`;
}
