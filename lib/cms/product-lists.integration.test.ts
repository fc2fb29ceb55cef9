import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import type { ShopViewer } from "@/lib/storefront/context";
import { makePriceList, makeProduct, makeShopWorld } from "@/tests/catalog-fixtures";

import { getPage, type ShopPage } from "./storefront";

/** Each block as "text | SKU=amount/source ..." so a viewer's whole page reads in one line. */
const summary = (page: ShopPage | null) =>
  page?.blocks.map((b) =>
    b.parts
      .map((p) =>
        p.type === "html" ? p.html : p.products.map((x) => `${x.sku}=${x.price.amount}/${x.price.source}`).join(" "),
      )
      .join(" | "),
  );

describe("product lists on CMS pages", () => {
  it("shows each viewer the listed products they may see, at their own prices", async () => {
    const w = await makeShopWorld();
    const sku = (name: string) => `${name}-${w.t}`;
    const [chair, lamp, pallet, retired] = await Promise.all([
      makeProduct(sku("CHAIR"), 1000),
      makeProduct(sku("LAMP"), 2000),
      makeProduct(sku("PALLET"), 5000, { visibleTo: [w.group.id] }),
      makeProduct(sku("OLD"), 300, { active: false }),
    ]);
    await makePriceList(`Alpha ${w.t}`, [[chair.id, 800]], { companyIds: [w.alpha.id] });
    await makePriceList(`Outsider ${w.t}`, [[chair.id, 900]], { companyIds: [w.outsider.id] });
    await makePriceList(
      `Partners ${w.t}`,
      [
        [chair.id, 950],
        [lamp.id, 1500],
      ],
      { groupIds: [w.group.id] },
    );
    const slug = `offers-${w.t}`;
    await prisma.cmsPage.create({
      data: {
        websiteId: w.website.id,
        slug,
        title: "Offers",
        published: true,
        blocks: {
          create: [
            {
              position: 1,
              body: `Intro\n::products ${chair.sku}, ${pallet.sku}, NOPE-${w.t}, ${lamp.sku}, ${retired.sku}`,
            },
            { position: 2, body: `::products ${pallet.sku}` },
            { position: 3, body: `::products ${retired.sku}, NOPE-${w.t}\nOnly text remains` },
          ],
        },
      },
    });
    const seen = async (viewer: ShopViewer | null) => summary(await getPage(viewer, w.website.id, slug));

    expect(await seen(w.asAlpha)).toEqual([
      `<p>Intro</p> | ${chair.sku}=800/company ${pallet.sku}=5000/base ${lamp.sku}=1500/customer-group`,
      `${pallet.sku}=5000/base`,
      "<p>Only text remains</p>",
    ]);
    expect(await seen(w.asBeta)).toEqual([
      `<p>Intro</p> | ${chair.sku}=950/customer-group ${pallet.sku}=5000/base ${lamp.sku}=1500/customer-group`,
      `${pallet.sku}=5000/base`,
      "<p>Only text remains</p>",
    ]);
    expect(await seen(w.asOutsider)).toEqual([
      `<p>Intro</p> | ${chair.sku}=900/company ${lamp.sku}=2000/base`,
      "",
      "<p>Only text remains</p>",
    ]);
    expect(await seen(null)).toEqual([
      `<p>Intro</p> | ${chair.sku}=1000/base ${lamp.sku}=2000/base`,
      "",
      "<p>Only text remains</p>",
    ]);
  });

  it("gives two companies' viewers different prices for the same product on the same page", async () => {
    const w = await makeShopWorld();
    const desk = await makeProduct(`DESK-${w.t}`, 49900);
    await makePriceList(`Alpha desk ${w.t}`, [[desk.id, 44900]], { companyIds: [w.alpha.id] });
    await makePriceList(`Outsider desk ${w.t}`, [[desk.id, 46900]], { companyIds: [w.outsider.id] });
    await prisma.cmsPage.create({
      data: {
        websiteId: null,
        slug: `desk-${w.t}`,
        title: "Desk",
        published: true,
        blocks: { create: [{ position: 0, body: `::products ${desk.sku}` }] },
      },
    });
    const priceOf = async (viewer: ShopViewer) => {
      const part = (await getPage(viewer, w.website.id, `desk-${w.t}`))?.blocks[0]?.parts[0];
      return part?.type === "products" ? part.products[0]?.price : undefined;
    };
    expect(await priceOf(w.asAlpha)).toEqual({ amount: 44900, currency: "EUR", source: "company" });
    expect(await priceOf(w.asOutsider)).toEqual({ amount: 46900, currency: "EUR", source: "company" });
  });
});
