import { describe, expect, it } from "vitest";

import { makePriceList, makeProduct, makeShopWorld } from "@/tests/catalog-fixtures";

import { getProduct, listProducts, priceFor } from "./storefront";

const page = (q: string) => ({ q, page: 1, size: 12 });

describe("storefront catalogue", () => {
  it("shows each company its own price, then its group's, then the base price", async () => {
    const w = await makeShopWorld();
    const bolt = await makeProduct(`${w.t}-BOLT`, 1000);
    const nut = await makeProduct(`${w.t}-NUT`, 500);
    await makePriceList(
      `Group ${w.t}`,
      [
        [bolt.id, 900],
        [nut.id, 450],
      ],
      { groupIds: [w.group.id] },
    );
    await makePriceList(`Alpha ${w.t}`, [[bolt.id, 700]], { companyIds: [w.alpha.id] });

    const prices = async (viewer: Parameters<typeof priceFor>[0]) => {
      const map = await priceFor(viewer, [bolt.id, nut.id]);
      return [map.get(bolt.id)?.amount, map.get(nut.id)?.amount];
    };
    expect(await prices(w.asAlpha)).toEqual([700, 450]);
    expect(await prices(w.asBeta)).toEqual([900, 450]);
    expect(await prices(w.asOutsider)).toEqual([1000, 500]);
    expect(await prices(null)).toEqual([1000, 500]);

    const listed = await listProducts(w.asAlpha, page(w.t));
    expect(listed.rows.map((r) => [r.sku, r.price.amount, r.price.source])).toEqual([
      [bolt.sku, 700, "company"],
      [nut.sku, 450, "customer-group"],
    ]);
    expect((await getProduct(w.asBeta, bolt.sku))?.price).toEqual({
      amount: 900,
      currency: "EUR",
      source: "customer-group",
    });
  });

  it("hides group-restricted products from visitors and other groups, and inactive ones from everyone", async () => {
    const w = await makeShopWorld();
    const open = await makeProduct(`${w.t}-OPEN`, 100);
    const restricted = await makeProduct(`${w.t}-PARTNER`, 200, { visibleTo: [w.group.id] });
    await makeProduct(`${w.t}-OLD`, 300, { active: false });

    const skus = async (viewer: Parameters<typeof listProducts>[0]) =>
      (await listProducts(viewer, page(w.t))).rows.map((r) => r.sku);
    expect(await skus(w.asAlpha)).toEqual([open.sku, restricted.sku]);
    expect(await skus(w.asOutsider)).toEqual([open.sku]);
    expect(await skus(null)).toEqual([open.sku]);
    expect(await getProduct(null, restricted.sku)).toBeNull();
    expect(await getProduct(w.asOutsider, restricted.sku)).toBeNull();
    expect(await getProduct(w.asAlpha, `${w.t}-OLD`)).toBeNull();
    expect([...(await priceFor(null, [open.id, restricted.id])).keys()]).toEqual([open.id]);
  });

  it("searches name and SKU and pages in SQL, and renders the description as escaped HTML", async () => {
    const w = await makeShopWorld();
    for (let i = 0; i < 5; i++) await makeProduct(`${w.t}-P${i}`, 100 + i);
    const first = await listProducts(null, { q: w.t, page: 1, size: 2 });
    const third = await listProducts(null, { q: w.t, page: 3, size: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.sku)).toEqual([`${w.t}-P0`, `${w.t}-P1`]);
    expect(third.rows.map((r) => r.sku)).toEqual([`${w.t}-P4`]);
    expect((await listProducts(null, page(`${w.t}-P3`))).rows).toHaveLength(1);
    expect((await listProducts(null, page(`${w.t}%`))).total).toBe(0);

    const detail = await getProduct(null, `${w.t}-P0`);
    expect(detail?.descriptionHtml).toBe("<p><strong>Strong</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });
});
