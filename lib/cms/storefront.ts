import "server-only";

import type { ShopProduct } from "@/lib/catalog/storefront";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseMarkdown } from "@/lib/markdown/markdown";
import type { ShopViewer } from "@/lib/storefront/context";

import { productsBySku } from "./product-lists";

/** Part of a block as the viewer sees it: escaped HTML, or the products of a `::products` line they may see, at their prices. */
export type ShopBlockPart = { type: "html"; html: string } | { type: "products"; products: ShopProduct[] };
export type ShopPage = { slug: string; title: string; blocks: { id: string; parts: ShopBlockPart[] }[] };

/** The blocks a viewer is the audience of: everyone's, their customer group's, their company's. */
export function audienceOf(viewer: ShopViewer | null): Prisma.CmsBlockWhereInput {
  const or: Prisma.CmsBlockWhereInput[] = [{ audience: "EVERYONE" }];
  if (viewer) or.push({ audience: "COMPANY", companyId: viewer.companyId });
  if (viewer?.customerGroupId) or.push({ audience: "CUSTOMER_GROUP", customerGroupId: viewer.customerGroupId });
  return { OR: or };
}

/**
 * A published page as the viewer sees it: the website's own page with the slug, else the page
 * shared by every website. Blocks keep their order; Markdown becomes escaped HTML here, on the server,
 * and product lists are filled in with what this viewer may see; a list with nothing left disappears.
 */
export async function getPage(
  viewer: ShopViewer | null,
  websiteId: string,
  slug: string,
  opts: { drafts?: boolean } = {},
): Promise<ShopPage | null> {
  const pages = await prisma.cmsPage.findMany({
    where: { slug, ...(opts.drafts ? {} : { published: true }), OR: [{ websiteId }, { websiteId: null }] },
    select: {
      websiteId: true,
      slug: true,
      title: true,
      blocks: { where: audienceOf(viewer), orderBy: { position: "asc" }, select: { id: true, body: true } },
    },
  });
  const page = pages.find((p) => p.websiteId === websiteId) ?? pages[0];
  if (!page) return null;
  const parsed = page.blocks.map((b) => ({ id: b.id, nodes: parseMarkdown(b.body) }));
  const products = await productsBySku(
    viewer,
    parsed.flatMap((b) => b.nodes.flatMap((n) => (n.type === "products" ? n.skus : []))),
  );
  const blocks = parsed.map(({ id, nodes }) => ({
    id,
    parts: nodes.flatMap((n): ShopBlockPart[] => {
      if (n.type === "html") return [n];
      const shown = n.skus.flatMap((sku) => products.get(sku) ?? []);
      return shown.length > 0 ? [{ type: "products", products: shown }] : [];
    }),
  }));
  return { slug: page.slug, title: page.title, blocks };
}
