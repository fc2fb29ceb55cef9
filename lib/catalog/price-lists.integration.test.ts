import { describe, expect, it } from "vitest";

import { makeProduct, makeShopWorld } from "@/tests/catalog-fixtures";
import { auditRows, makeAdmin } from "@/tests/staff-fixtures";

import { getPriceListForm, savePriceList } from "./price-lists";
import { priceFor } from "./storefront";

const list = (name: string, extra: Partial<Parameters<typeof savePriceList>[2]> = {}) => ({
  name,
  currency: "EUR" as const,
  entries: [],
  companies: [],
  customerGroupIds: [],
  ...extra,
});

describe("price lists in the back office", () => {
  it("saves entries by SKU and assignments, and the storefront prices follow", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const p = await makeProduct(`${w.t}-X`, 1000);
    const { id } = await savePriceList(
      actor,
      undefined,
      list(`Deal ${w.t}`, {
        entries: [
          { sku: p.sku, price: 800, minQuantity: 1 },
          { sku: p.sku, price: 600, minQuantity: 10 },
        ],
        companies: [{ id: w.alpha.id, label: "Alpha" }],
      }),
    );
    expect((await priceFor(w.asAlpha, [p.id])).get(p.id)?.amount).toBe(800);
    expect((await priceFor(w.asAlpha, [p.id], 10)).get(p.id)?.amount).toBe(600);
    expect((await priceFor(w.asBeta, [p.id])).get(p.id)?.amount).toBe(1000);

    await savePriceList(
      actor,
      id,
      list(`Deal ${w.t}`, {
        entries: [{ sku: p.sku, price: 750, minQuantity: 1 }],
        companies: [{ id: w.beta.id, label: "Beta" }],
      }),
    );
    expect((await priceFor(w.asAlpha, [p.id])).get(p.id)?.amount).toBe(1000);
    expect((await priceFor(w.asBeta, [p.id])).get(p.id)?.amount).toBe(750);
    expect(await getPriceListForm(id, () => true)).toMatchObject({
      entries: [{ sku: p.sku, price: "7.50", minQuantity: 1 }],
      companies: [{ id: w.beta.id }],
    });
    expect((await auditRows("price-list", id)).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses unknown SKUs and duplicate rows at their row", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const p = await makeProduct(`${w.t}-Y`, 1000);
    await expect(
      savePriceList(
        actor,
        undefined,
        list(`U ${w.t}`, {
          entries: [
            { sku: p.sku, price: 1, minQuantity: 1 },
            { sku: `${w.t}-NOPE`, price: 1, minQuantity: 1 },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "productUnknown", field: "entries.1.sku" });
    await expect(
      savePriceList(
        actor,
        undefined,
        list(`D ${w.t}`, {
          entries: [
            { sku: p.sku, price: 1, minQuantity: 1 },
            { sku: p.sku, price: 2, minQuantity: 1 },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: "priceEntryDuplicate", field: "entries.1.sku" });
  });

  it("gives a company or a customer group at most one price list", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    await savePriceList(
      actor,
      undefined,
      list(`First ${w.t}`, { companies: [{ id: w.alpha.id, label: "" }], customerGroupIds: [w.group.id] }),
    );
    await expect(
      savePriceList(actor, undefined, list(`Second ${w.t}`, { companies: [{ id: w.alpha.id, label: "" }] })),
    ).rejects.toMatchObject({ code: "priceListCompanyTaken", values: { list: `First ${w.t}` } });
    await expect(
      savePriceList(actor, undefined, list(`Third ${w.t}`, { customerGroupIds: [w.group.id] })),
    ).rejects.toMatchObject({ code: "priceListGroupTaken" });
    await expect(savePriceList(actor, undefined, list(`First ${w.t}`))).rejects.toMatchObject({
      code: "priceListNameTaken",
    });
  });
});
