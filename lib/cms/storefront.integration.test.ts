import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeShopWorld } from "@/tests/catalog-fixtures";

import { getPage, type ShopPage } from "./storefront";

const htmlOf = (b: ShopPage["blocks"][number]) => b.parts.map((p) => (p.type === "html" ? p.html : "")).join("\n");

describe("storefront CMS pages", () => {
  it("shows each viewer the blocks of their audience, in order", async () => {
    const w = await makeShopWorld();
    await prisma.cmsPage.create({
      data: {
        websiteId: w.website.id,
        slug: `about-${w.t}`,
        title: "About us",
        published: true,
        blocks: {
          create: [
            { position: 2, body: "For partners", audience: "CUSTOMER_GROUP", customerGroupId: w.group.id },
            { position: 1, body: "Hello *all*" },
            { position: 3, body: "Only Alpha", audience: "COMPANY", companyId: w.alpha.id },
          ],
        },
      },
    });
    const texts = async (viewer: Parameters<typeof getPage>[0]) =>
      (await getPage(viewer, w.website.id, `about-${w.t}`))?.blocks.map(htmlOf);
    expect(await texts(w.asAlpha)).toEqual(["<p>Hello <em>all</em></p>", "<p>For partners</p>", "<p>Only Alpha</p>"]);
    expect(await texts(w.asBeta)).toEqual(["<p>Hello <em>all</em></p>", "<p>For partners</p>"]);
    expect(await texts(w.asOutsider)).toEqual(["<p>Hello <em>all</em></p>"]);
    expect(await texts(null)).toEqual(["<p>Hello <em>all</em></p>"]);
  });

  it("prefers the website's own page to the shared one, and hides unpublished pages", async () => {
    const w = await makeShopWorld();
    const slug = `home-${w.t}`;
    await prisma.cmsPage.create({ data: { websiteId: null, slug, title: "Shared", published: true } });
    expect((await getPage(null, w.website.id, slug))?.title).toBe("Shared");
    await prisma.cmsPage.create({ data: { websiteId: w.website.id, slug, title: "Own", published: true } });
    expect((await getPage(null, w.website.id, slug))?.title).toBe("Own");
    await prisma.cmsPage.create({
      data: { websiteId: w.website.id, slug: `draft-${w.t}`, title: "Draft", published: false },
    });
    expect(await getPage(null, w.website.id, `draft-${w.t}`)).toBeNull();
  });
});
