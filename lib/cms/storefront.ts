import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShopViewer } from "@/lib/storefront/context";
import { renderMarkdown } from "./markdown";

export type ShopPage = { slug: string; title: string; blocks: { id: string; html: string }[] };

/** The blocks a viewer is the audience of: everyone's, their customer group's, their company's. */
export function audienceOf(viewer: ShopViewer | null): Prisma.CmsBlockWhereInput {
  const or: Prisma.CmsBlockWhereInput[] = [{ audience: "EVERYONE" }];
  if (viewer) or.push({ audience: "COMPANY", companyId: viewer.companyId });
  if (viewer?.customerGroupId) or.push({ audience: "CUSTOMER_GROUP", customerGroupId: viewer.customerGroupId });
  return { OR: or };
}

/**
 * A published page as the viewer sees it: the website's own page with the slug, else the page
 * shared by every website. Blocks keep their order; Markdown becomes escaped HTML here, on the server.
 */
export async function getPage(viewer: ShopViewer | null, websiteId: string, slug: string): Promise<ShopPage | null> {
  const pages = await prisma.cmsPage.findMany({
    where: { slug, published: true, OR: [{ websiteId }, { websiteId: null }] },
    select: {
      websiteId: true, slug: true, title: true,
      blocks: { where: audienceOf(viewer), orderBy: { position: "asc" }, select: { id: true, body: true } },
    },
  });
  const page = pages.find((p) => p.websiteId === websiteId) ?? pages[0];
  if (!page) return null;
  return { slug: page.slug, title: page.title, blocks: page.blocks.map((b) => ({ id: b.id, html: renderMarkdown(b.body) })) };
}
