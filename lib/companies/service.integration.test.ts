import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { auditRows, makeAdmin, tag } from "@/tests/staff-fixtures";

import {
  createCompany,
  deleteCompany,
  listCompanies,
  searchCompanies,
  updateCompany,
  type CompanyListParams,
} from "./service";

/** a viewer who may see everything: these tests read the data, not who may see it */
const everything = () => true;

async function website() {
  const t = tag();
  const en = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  return prisma.website.create({
    data: { name: `Site ${t}`, code: `site-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: en.id },
  });
}

const values = (name: string, websiteId: string, parentId: string | null = null) => ({
  name,
  websiteId,
  parentId,
  customerGroupId: null,
  salesRepId: null,
});
const params = (over: Partial<CompanyListParams>): CompanyListParams => ({
  q: "",
  sort: "name",
  dir: "asc",
  page: 1,
  size: 10,
  filters: {},
  ...over,
});

describe("company tree", () => {
  it("refuses to make a company its own ancestor at any depth", async () => {
    const { actor } = await makeAdmin();
    const site = await website();
    const t = tag();
    const root = await createCompany(actor, values(`Root ${t}`, site.id));
    const child = await createCompany(actor, values(`Child ${t}`, site.id, root.id));
    const grandchild = await createCompany(actor, values(`Grandchild ${t}`, site.id, child.id));
    const deep = await createCompany(actor, values(`Deep ${t}`, site.id, grandchild.id));

    for (const below of [root, child, deep]) {
      await expect(updateCompany(actor, root.id, values(`Root ${t}`, site.id, below.id))).rejects.toMatchObject({
        code: "companyCycle",
        field: "parentId",
      });
    }
    expect((await prisma.company.findUniqueOrThrow({ where: { id: root.id } })).parentId).toBeNull();

    // moving within the tree is fine: the deep company becomes a child of the root
    await updateCompany(actor, deep.id, values(`Deep ${t}`, site.id, root.id));
    expect((await prisma.company.findUniqueOrThrow({ where: { id: deep.id } })).parentId).toBe(root.id);
  });

  it("refuses to delete a company with subsidiaries or users, and records the delete of a free one", async () => {
    const { actor, user } = await makeAdmin();
    const site = await website();
    const t = tag();
    const parent = await createCompany(actor, values(`Parent ${t}`, site.id));
    const child = await createCompany(actor, values(`Sub ${t}`, site.id, parent.id));
    await expect(deleteCompany(actor, parent.id)).rejects.toMatchObject({
      code: "companyHasSubsidiaries",
      values: { count: 1 },
    });

    await prisma.customerUser.create({
      data: { companyId: child.id, websiteId: site.id, email: `buyer-${t}@example.com`, firstName: "B", lastName: t },
    });
    await expect(deleteCompany(actor, child.id)).rejects.toMatchObject({
      code: "companyHasUsers",
      values: { count: 1 },
    });
    expect(await prisma.company.count({ where: { id: { in: [parent.id, child.id] } } })).toBe(2);

    await prisma.customerUser.deleteMany({ where: { companyId: child.id } });
    await deleteCompany(actor, child.id);
    const rows = await auditRows("company", child.id);
    expect(rows.map((r) => r.action)).toEqual(["create", "delete"]);
    expect(rows[0]).toMatchObject({
      actorStaffId: user.id,
      changes: { name: { before: null, after: `Sub ${t}` }, parentId: { before: null, after: parent.id } },
    });
  });
});

describe("companies grid", () => {
  it("searches, filters children, sorts and pages in the database", async () => {
    const { actor } = await makeAdmin();
    const site = await website();
    const t = tag();
    const parent = await createCompany(actor, values(`Grid ${t} Parent`, site.id));
    for (const n of ["c", "a", "b"]) await createCompany(actor, values(`Grid ${t} ${n}`, site.id, parent.id));

    const children = await listCompanies(
      params({ filters: { parent: parent.id }, sort: "name", dir: "desc", size: 10 }),
      everything,
    );
    expect(children.total).toBe(3);
    expect(children.rows.map((r) => r.name)).toEqual([`Grid ${t} c`, `Grid ${t} b`, `Grid ${t} a`]);
    expect(children.rows[0]!.path).toEqual([`Grid ${t} Parent`, `Grid ${t} c`]);

    const page2 = await listCompanies(params({ q: `grid ${t}`, size: 10, page: 1 }), everything);
    expect(page2.total).toBe(4);
    const paged = await listCompanies({ ...params({ q: `GRID ${t}` }), size: 10, page: 2 }, everything);
    expect(paged.rows).toEqual([]);

    const byUsers = await listCompanies(params({ q: `Grid ${t} Parent`, sort: "users" }), everything);
    expect(byUsers.rows.map((r) => r.childCount)).toEqual([3]);

    const found = await searchCompanies(`grid ${t}`, parent.id);
    expect(found.map((f) => f.label)).toEqual([
      `Grid ${t} Parent › Grid ${t} a`,
      `Grid ${t} Parent › Grid ${t} b`,
      `Grid ${t} Parent › Grid ${t} c`,
    ]);
  });
});

describe("company search", () => {
  it("matches % and _ literally, not as wildcards", async () => {
    const { actor } = await makeAdmin();
    const site = await website();
    const t = tag();
    await createCompany(actor, values(`Deal 50% ${t}`, site.id));
    await createCompany(actor, values(`Deal 500 ${t}`, site.id));
    await createCompany(actor, values(`Under_score ${t}`, site.id));
    await createCompany(actor, values(`Underscore ${t}`, site.id));
    expect((await listCompanies(params({ q: `50% ${t}` }), everything)).rows.map((r) => r.name)).toEqual([
      `Deal 50% ${t}`,
    ]);
    expect((await searchCompanies(`under_score ${t}`)).map((r) => r.label)).toEqual([`Under_score ${t}`]);
  });
});
