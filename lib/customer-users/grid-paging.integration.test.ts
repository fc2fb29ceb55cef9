import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { decodeCursor, encodeCursor } from "@/lib/grid/cursor";
import { tag } from "@/tests/staff-fixtures";

import type { CustomerUserListParams } from "./params";
import { COUNT_AHEAD } from "./query";
import { listCustomerUsers } from "./service";

/** a viewer who may see everything: these tests read the data, not who may see it */
const everything = () => true;

/** `n` customer users of one company whose addresses all contain `-<t>@`, last names "<t>-0001"... */
async function people(n: number) {
  const t = tag();
  const en = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  const site = await prisma.website.create({
    data: {
      name: `Paging ${t}`,
      code: `paging-${t}`,
      baseUrl: `http://paging-${t}.example.com`,
      defaultLocalizationId: en.id,
    },
  });
  const company = await prisma.company.create({ data: { name: `Paging ${t}`, websiteId: site.id } });
  await prisma.customerUser.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      companyId: company.id,
      websiteId: site.id,
      email: `p${String(i).padStart(4, "0")}-${t}@example.com`,
      firstName: i % 2 ? "Odd" : "Even",
      lastName: `${t}-${String(i % 7).padStart(4, "0")}`,
      enabled: i % 3 !== 0,
    })),
  });
  return t;
}

const params = (over: Partial<CustomerUserListParams>): CustomerUserListParams => ({
  q: "",
  sort: "lastName",
  dir: "asc",
  page: 1,
  size: 10,
  filters: {},
  ...over,
});

describe("customer users grid paging", () => {
  it("finds the one user of a whole address, whatever its case, and not the addresses that contain it", async () => {
    const t = await people(3);
    const longer = await prisma.customerUser.findFirstOrThrow({ where: { email: `p0001-${t}@example.com` } });
    await prisma.customerUser.create({
      data: {
        companyId: longer.companyId,
        websiteId: longer.websiteId,
        email: `xp0001-${t}@example.com`,
        firstName: "Longer",
        lastName: "Address",
      },
    });
    const found = await listCustomerUsers(
      params({ filters: { email: `P0001-${t.toUpperCase()}@Example.com` } }),
      everything,
    );
    expect(found).toMatchObject({ total: 1, more: false, next: null });
    expect(found.rows.map((r) => r.email)).toEqual([`p0001-${t}@example.com`]);
    // a fragment still finds every address containing it
    const fragment = await listCustomerUsers(params({ filters: { email: `p0001-${t}@` } }), everything);
    expect(fragment.rows.map((r) => r.email).sort()).toEqual([`p0001-${t}@example.com`, `xp0001-${t}@example.com`]);
  });

  it("counts exactly up to the page's end plus COUNT_AHEAD rows, and says 'more' past it", async () => {
    const t = await people(COUNT_AHEAD + 40);
    const mine = { email: `-${t}@` };
    const first = await listCustomerUsers(params({ size: 25, filters: mine }), everything);
    expect(first).toMatchObject({ total: 25 + COUNT_AHEAD, more: true });
    // deeper pages count further: the last page's count is exact again
    const last = await listCustomerUsers(params({ size: 25, page: 42, filters: mine }), everything);
    expect(last).toMatchObject({ total: COUNT_AHEAD + 40, more: false, next: null });
    expect(last.rows).toHaveLength(15);
    // a filter that narrows below the cap is exact
    const odd = await listCustomerUsers(params({ filters: { ...mine, enabled: "no" } }), everything);
    expect(odd).toMatchObject({ total: Math.ceil((COUNT_AHEAD + 40) / 3), more: false });
  });

  it("walks with Next's cursor through the same rows, in the same order, as numbered pages", async () => {
    const t = await people(47);
    for (const [sort, dir] of [
      ["lastName", "asc"],
      ["email", "desc"],
      ["enabled", "asc"],
      ["company", "desc"],
    ] as const) {
      const grid = (page: number) => params({ sort, dir, page, filters: { email: `-${t}@` } });
      const byOffset: string[] = [];
      const byCursor: string[] = [];
      let after = null;
      for (let page = 1; page <= 5; page++) {
        byOffset.push(...(await listCustomerUsers(grid(page), everything)).rows.map((r) => r.email));
        const viaCursor = await listCustomerUsers(grid(page), everything, after);
        byCursor.push(...viaCursor.rows.map((r) => r.email));
        // the totals agree too: the pages before the cursor count as the page number says
        expect(viaCursor.total).toBe(47);
        // the cursor travels through the URL
        after = viaCursor.next && decodeCursor(encodeCursor(viaCursor.next));
        expect(after === null).toBe(page === 5);
      }
      expect(byCursor).toEqual(byOffset);
      expect(new Set(byOffset).size).toBe(47);
    }
  });

  it("pages by offset when a cursor cannot belong to the sort", async () => {
    const t = await people(12);
    const grid = params({ sort: "enabled", page: 2, filters: { email: `-${t}@` } });
    const plain = await listCustomerUsers(grid, everything);
    const hostile = await listCustomerUsers(grid, everything, { key: "maybe", id: "cularge000001" });
    expect(hostile.rows.map((r) => r.id)).toEqual(plain.rows.map((r) => r.id));
    expect(plain.rows).toHaveLength(2);
  });
});
