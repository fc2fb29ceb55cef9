import "server-only";

import { z } from "zod";

import { getProduct, listProductsAfter, type ShopProduct } from "@/lib/catalog/storefront";
import { DomainError } from "@/lib/errors";
import type { ShopViewer } from "@/lib/storefront/context";

import { badParameter, type ResourceObject } from "../document";
import { API_BASE, type ApiContext, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { money } from "../schemas";

export const productResource: ResourceSpec = {
  type: "products",
  attributes: z.object({
    sku: z.string(),
    name: z.string(),
    price: money.extend({
      source: z.enum(["company", "customer-group", "base"]).describe("which price list the caller's price comes from"),
    }),
    imageUrl: z.string().nullable(),
    descriptionHtml: z.string().optional().describe("only when one product is read"),
  }),
};

/** A product is addressed by its SKU, as on the storefront. */
export const toProduct = (p: ShopProduct & { descriptionHtml?: string }): ResourceObject => ({
  type: "products",
  id: p.sku,
  attributes: {
    sku: p.sku,
    name: p.name,
    price: p.price,
    imageUrl: p.imagePath ? `/media/${p.imagePath}` : null,
    ...(p.descriptionHtml !== undefined ? { descriptionHtml: p.descriptionHtml } : {}),
  },
  links: { self: `${API_BASE}/products/${encodeURIComponent(p.sku)}` },
});

export async function viewerOf(ctx: ApiContext): Promise<ShopViewer> {
  const s = await ctx.session();
  return { customerUserId: s.id, companyId: s.companyId, customerGroupId: s.customerGroupId };
}

function afterKey(after: unknown[] | null): { name: string; id: string } | null {
  if (!after) return null;
  const [name, id] = after;
  if (after.length !== 2 || typeof name !== "string" || typeof id !== "string")
    throw badParameter("page[after]", "The cursor is not one this collection gave out.");
  return { name, id };
}

export const productOperations: Operation[] = [
  {
    id: "listProducts",
    method: "GET",
    path: "/products",
    summary: "The products the caller sees on the storefront, at the caller's own prices",
    scope: "products:read",
    resource: productResource,
    collection: { filters: { search: z.string().trim().min(1).max(100) } },
    status: 200,
    handle: async (ctx) => {
      const { query } = ctx;
      const rows = await listProductsAfter(await viewerOf(ctx), {
        q: (query.filter.search as string | undefined) ?? "",
        after: afterKey(query.page.after),
        take: query.page.size + 1,
      });
      const page = rows.slice(0, query.page.size);
      const last = page[page.length - 1];
      return { data: page.map(toProduct), next: rows.length > query.page.size && last ? [last.name, last.id] : null };
    },
  },
  {
    id: "getProduct",
    method: "GET",
    path: "/products/{id}",
    summary: "One product by SKU, at the caller's price; a product hidden from the caller is not found",
    scope: "products:read",
    resource: productResource,
    status: 200,
    handle: async (ctx) => {
      const product = await getProduct(await viewerOf(ctx), ctx.params.id!);
      if (!product) throw new DomainError("notFound");
      return { data: toProduct(product) };
    },
  },
];
