import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeProduct, makeShopWorld } from "@/tests/catalog-fixtures";
import { auditRows, makeAdmin } from "@/tests/staff-fixtures";

import { savePriceList } from "./price-lists";
import { deleteProduct, saveProduct } from "./service";
import { listProducts } from "./storefront";

const values = (sku: string, extra: Partial<Parameters<typeof saveProduct>[2]> = {}) => ({
  sku,
  name: `Name ${sku}`,
  description: "",
  basePrice: 1250,
  active: true,
  visibleGroupIds: [],
  ...extra,
});

describe("products in the back office", () => {
  it("creates and edits a product with its visibility, audited by name", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const { id } = await saveProduct(actor, undefined, values(`${w.t}-A`), "/products/a.svg");
    await saveProduct(actor, id, values(`${w.t}-A`, { basePrice: 990, visibleGroupIds: [w.group.id] }));

    const stored = await prisma.product.findUniqueOrThrow({ where: { id }, include: { visibility: true } });
    expect([stored.basePrice, stored.imagePath, stored.visibility.map((v) => v.customerGroupId)]).toEqual([
      990,
      "/products/a.svg",
      [w.group.id],
    ]);
    const audit = await auditRows("product", id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]!.changes).toMatchObject({
      basePrice: { before: 1250, after: 990 },
      visibility: { before: [], after: [w.group.name] },
    });
    expect((await listProducts(null, { q: w.t, page: 1, size: 12 })).total).toBe(0);
  });

  it("refuses a second product with the same SKU", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    await saveProduct(actor, undefined, values(`${w.t}-DUP`));
    await expect(saveProduct(actor, undefined, values(`${w.t}-DUP`))).rejects.toMatchObject({
      code: "skuTaken",
      field: "sku",
    });
  });

  it("deletes a product together with its price list entries", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const p = await makeProduct(`${w.t}-GONE`, 100);
    const list = await savePriceList(actor, undefined, {
      name: `L ${w.t}`,
      currency: "EUR",
      entries: [{ sku: p.sku, price: 90, minQuantity: 1 }],
      companies: [],
      customerGroupIds: [],
    });
    await deleteProduct(actor, p.id);
    expect(await prisma.priceListEntry.count({ where: { priceListId: list.id } })).toBe(0);
    await expect(deleteProduct(actor, p.id)).rejects.toMatchObject({ code: "notFound" });
  });
});
