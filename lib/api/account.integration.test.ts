import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeAccountTree } from "@/tests/account-fixtures";
import { callApi, makeApiCaller } from "@/tests/api-fixtures";
import { makePriceList, makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

describe("me, company and users", () => {
  it("reads the owner and their company, with the company included on request", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { caller } = await makeApiCaller(tree.admin);
    const me = await callApi(caller, "getMe", "/me?include=company&fields[users]=email,company");
    expect(me.doc.data).toMatchObject({
      type: "users",
      id: tree.admin.id,
      attributes: { email: tree.admin.email },
      relationships: { company: { data: { type: "companies", id: tree.home.id } } },
    });
    expect(Object.keys(me.doc.data!.attributes)).toEqual(["email"]);
    expect(me.doc.included).toEqual([{ type: "companies", id: tree.home.id, attributes: { name: tree.home.name } }]);
    const company = await callApi(caller, "getCompany", "/company");
    expect(company.doc.data).toEqual({ type: "companies", id: tree.home.id, attributes: { name: tree.home.name } });
  });

  it("lists the users the owner's role reaches, as the storefront's Users page does", async () => {
    const company = await makeAccountTree("COMPANY");
    const c1 = (await makeApiCaller(company.admin)).caller;
    const ids = (await callApi(c1, "listUsers", "/users")).list.map((u) => u.id).sort();
    expect(ids).toEqual([company.admin.id, company.colleague.id].sort());

    const deep = await makeAccountTree("COMPANY_AND_SUBSIDIARIES");
    const c2 = (await makeApiCaller(deep.admin)).caller;
    const page1 = await callApi(c2, "listUsers", "/users?page[size]=2");
    const page2 = await callApi(c2, "listUsers", new URL(page1.doc.links!.next!, "http://x").href.slice(15));
    expect([...page1.list, ...page2.list].map((u) => u.id).sort()).toEqual(
      [deep.admin.id, deep.colleague.id, deep.below.id].sort(),
    );
    expect((await callApi(c2, "listUsers", `/users?filter[search]=below`)).list.map((u) => u.id)).toEqual([
      deep.below.id,
    ]);
    // a user outside the reach reads as absent
    const params = { id: deep.beside.id };
    expect((await callApi(c2, "getUser", `/users/${deep.beside.id}`, { params })).status).toBe(404);
    expect((await callApi(c2, "getUser", `/users/${deep.below.id}`, { params: { id: deep.below.id } })).status).toBe(
      200,
    );

    // without the storefront's "manage-users" capability the Users page shows nobody
    const plain = await makeAccountTree("COMPANY", []);
    expect((await callApi((await makeApiCaller(plain.admin)).caller, "listUsers", "/users")).list).toEqual([]);
  });
});

describe("products", () => {
  it("lists what the owner sees at the owner's own prices; a hidden product is not found", async () => {
    const b = await makeBuyer((await makeBuyerRole("OWN")).id);
    const { caller } = await makeApiCaller(b.user);
    const t = tag();
    const group = await prisma.customerGroup.create({ data: { name: `Others ${t}` } });
    const cheap = await makeProduct(`PRD-${t}-A`, 1000);
    const hidden = await makeProduct(`PRD-${t}-B`, 1000, { visibleTo: [group.id] });
    await makePriceList(`Own ${t}`, [[cheap.id, 700]], { companyIds: [b.company.id] });

    const listed = await callApi(caller, "listProducts", `/products?filter[search]=PRD-${t}`);
    expect(listed.list.map((p) => [p.id, (p.attributes.price as { amount: number }).amount])).toEqual([
      [cheap.sku, 700],
    ]);
    const read = await callApi(caller, "getProduct", `/products/${cheap.sku}`, { params: { id: cheap.sku } });
    expect(read.doc.data!.attributes).toMatchObject({
      price: { amount: 700, currency: "EUR", source: "company" },
      descriptionHtml: expect.stringContaining("<strong>Strong</strong>"),
    });
    expect(
      (await callApi(caller, "getProduct", `/products/${hidden.sku}`, { params: { id: hidden.sku } })).status,
    ).toBe(404);
    expect((await callApi(caller, "listProducts", "/products?page[size]=500")).status).toBe(400);
  });
});
