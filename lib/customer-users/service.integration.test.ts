import { afterAll, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { parseGridParams } from "@/lib/grid/params";
import { assistRefusals } from "@/lib/impersonation/service";
import { tag } from "@/tests/staff-fixtures";

import { CUSTOMER_USER_GRID, type CustomerUserListParams } from "./params";
import { listCustomerUsers } from "./service";

/** a viewer who may see everything: these tests read the data, not who may see it */
const everything = () => true;

async function world() {
  const t = tag();
  const en = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  const site = (name: string) =>
    prisma.website.create({
      data: {
        name: `${name} ${t}`,
        code: `${name}-${t}`,
        baseUrl: `http://${name}-${t}.example.com`,
        defaultLocalizationId: en.id,
      },
    });
  const [a, b] = [await site("alpha"), await site("beta")];
  const acme = await prisma.company.create({ data: { name: `Acme ${t}`, websiteId: a.id } });
  const zeta = await prisma.company.create({ data: { name: `Zeta ${t}`, websiteId: b.id } });
  const user = (companyId: string, websiteId: string, first: string, last: string, extra: object = {}) =>
    prisma.customerUser.create({
      data: {
        companyId,
        websiteId,
        email: `${first.toLowerCase()}-${t}@example.com`,
        firstName: first,
        lastName: `${last}${t}`,
        ...extra,
      },
    });
  await user(acme.id, a.id, "Anna", "Adams", { confirmed: true });
  await user(acme.id, a.id, "Bert", "Brown", { enabled: false, passwordStatus: "RESET" });
  await user(zeta.id, b.id, "Carl", "Clark", { locked: true, confirmed: true, passwordStatus: "EXPIRED" });
  return { t, a, b };
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
const firstNames = async (p: CustomerUserListParams) =>
  (await listCustomerUsers(p, everything)).rows.map((r) => r.firstName);

describe("customer users grid", () => {
  it("narrows by every column's filter", async () => {
    const { t, b } = await world();
    const only = (filters: CustomerUserListParams["filters"]) =>
      firstNames(params({ filters: { email: `-${t}@`, ...filters } }));
    expect(await only({})).toEqual(["Anna", "Bert", "Carl"]);
    expect(await only({ company: `ZETA ${t}` })).toEqual(["Carl"]);
    expect(await only({ firstName: "ber" })).toEqual(["Bert"]);
    expect(await only({ lastName: `adams${t}` })).toEqual(["Anna"]);
    expect(await only({ email: `CARL-${t}` })).toEqual(["Carl"]);
    expect(await only({ enabled: "no" })).toEqual(["Bert"]);
    expect(await only({ confirmed: "yes" })).toEqual(["Anna", "Carl"]);
    expect(await only({ locked: "yes" })).toEqual(["Carl"]);
    expect(await only({ passwordStatus: "RESET" })).toEqual(["Bert"]);
    expect(await only({ website: b.id })).toEqual(["Carl"]);
    expect(await only({ enabled: "yes", confirmed: "no" })).toEqual([]);
  });

  it("matches short needles and LIKE's wildcard characters as the text typed", async () => {
    const { t } = await world();
    const only = (filters: CustomerUserListParams["filters"]) =>
      firstNames(params({ filters: { email: `-${t}@`, ...filters } }));
    // one and two characters take the path no trigram index serves; the answer is the same
    expect(await only({ firstName: "A" })).toEqual(["Anna", "Carl"]);
    expect(await only({ firstName: "eR" })).toEqual(["Bert"]);
    expect(await only({ company: "z" })).toEqual(["Carl"]);
    expect(await only({ firstName: "%" })).toEqual([]);
    expect(await only({ firstName: "_" })).toEqual([]);
    expect(await only({ firstName: "a%n" })).toEqual([]);
    expect(await only({ lastName: "s_" })).toEqual([]);
    expect((await listCustomerUsers(params({ filters: { email: `-${t}@`, firstName: "rt" } }), everything)).total).toBe(
      1,
    );
  });

  it("sorts by every whitelisted column and ignores others from the URL", async () => {
    const { t } = await world();
    const sorted = (sort: CustomerUserListParams["sort"], dir: "asc" | "desc") =>
      firstNames(params({ sort, dir, filters: { email: `-${t}@` } }));
    expect(await sorted("lastName", "desc")).toEqual(["Carl", "Bert", "Anna"]);
    // ties fall back to the id, so only the rows that differ in the sorted column are compared here
    expect((await sorted("company", "desc"))[0]).toBe("Carl");
    expect((await sorted("website", "asc"))[2]).toBe("Carl");
    expect((await sorted("enabled", "asc"))[0]).toBe("Bert");
    expect((await sorted("locked", "desc"))[0]).toBe("Carl");
    expect(await sorted("passwordStatus", "desc")).toEqual(["Carl", "Bert", "Anna"]);

    const parsed = parseGridParams(
      { sort: "passwordHash", dir: "sideways", enabled: "maybe", passwordStatus: "LOST", size: "7" },
      CUSTOMER_USER_GRID,
    );
    expect(parsed).toMatchObject({ sort: "lastName", dir: "asc", size: 25, filters: {} });
  });

  it("pages with the total of all matching rows", async () => {
    const { t } = await world();
    const page = (n: number) =>
      listCustomerUsers(params({ page: n, size: 10, filters: { email: `-${t}@` } }), everything);
    const [one, two] = [await page(1), await page(2)];
    expect(one.total).toBe(3);
    expect(one.rows.map((r) => r.firstName)).toEqual(["Anna", "Bert", "Carl"]);
    expect(two).toMatchObject({ rows: [], total: 3 });
  });

  describe('"Log in as a user" in the grid', () => {
    afterAll(() => prisma.systemSetting.deleteMany({ where: { key: "impersonationEnabled" } }));

    it("says for which rows it would be refused and why, as the start page would, from the rows' own statement", async () => {
      const { t, a } = await world();
      await prisma.systemSetting.upsert({
        where: { key: "impersonationEnabled" },
        create: { key: "impersonationEnabled", value: true },
        update: { value: true },
      });
      await prisma.website.update({ where: { id: a.id }, data: { impersonationEnabled: true } });
      const mine = params({ filters: { email: `-${t}@` } });
      const page = await listCustomerUsers(mine, everything, null, { loginAs: true });
      const id = (first: string) => page.rows.find((r) => r.firstName === first)!.id;
      expect(page.loginAsRefused).toEqual({
        [id("Bert")]: "impersonation.customerDisabled",
        [id("Carl")]: "impersonation.websiteOff",
      });
      expect(page.loginAsRefused).toEqual(await assistRefusals(page.rows.map((r) => r.id)));

      // a viewer who may not log in as a user learns nothing of it, nor does a list that did not ask
      const noAgent = (p: string) => p !== "customers/impersonation/start";
      expect((await listCustomerUsers(mine, noAgent, null, { loginAs: true })).loginAsRefused).toEqual({});
      expect((await listCustomerUsers(mine, everything)).loginAsRefused).toEqual({});

      // the switch off refuses every row
      await prisma.systemSetting.update({ where: { key: "impersonationEnabled" }, data: { value: false } });
      const off = await listCustomerUsers(mine, everything, null, { loginAs: true });
      expect(Object.values(off.loginAsRefused)).toEqual(Array(3).fill("impersonation.featureOff"));
    });
  });
});
