import { describe, expect, it } from "vitest";

import { prisma, unitOfWork } from "@/lib/db";
import { createList, renameList } from "@/lib/shopping-lists/service";
import { auditOf, callApi, makeApiCaller } from "@/tests/api-fixtures";
import { makePriceList, makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

async function buyer(level: "OWN" | "NONE" = "OWN") {
  const made = await makeBuyer((await makeBuyerRole(level)).id);
  return { ...made, ...(await makeApiCaller(made.user)) };
}

const listBody = (name: string) => ({ data: { type: "shopping-lists", attributes: { name } } });
const itemBody = (shoppingListId: string, sku: string, quantity: number) => ({
  data: { type: "shopping-list-items", attributes: { shoppingListId, sku, quantity } },
});

describe("shopping lists", () => {
  it("creates a list and fills it at the caller's own prices; include and sparse fieldsets shape the answer", async () => {
    const { caller, company, app } = await buyer();
    const product = await makeProduct(`API-${tag()}`, 1000);
    await makePriceList(`Deal ${tag()}`, [[product.id, 800]], { companyIds: [company.id] });

    const created = await callApi(caller, "createShoppingList", "/shopping-lists", { body: listBody("  Weekly  ") });
    expect(created.status).toBe(201);
    expect(created.doc.data!.attributes).toMatchObject({ name: "Weekly", itemCount: 0 });
    const listId = created.doc.data!.id;

    const item = await callApi(caller, "addShoppingListItem", "/shopping-list-items", {
      body: itemBody(listId, product.sku, 3),
    });
    expect(item.status).toBe(201);
    expect(item.doc.data!.attributes).toMatchObject({
      sku: product.sku,
      quantity: 3,
      unitPrice: { amount: 800, currency: "EUR", source: "company" },
      lineTotal: 2400,
    });
    // the same product again adds up, as on the storefront
    await callApi(caller, "addShoppingListItem", "/shopping-list-items", { body: itemBody(listId, product.sku, 2) });

    const read = await callApi(
      caller,
      "getShoppingList",
      `/shopping-lists/${listId}?include=items&fields[shopping-lists]=name,items&fields[shopping-list-items]=quantity`,
      { params: { id: listId } },
    );
    expect(read.status).toBe(200);
    expect(read.doc.data!.attributes).toEqual({ name: "Weekly" });
    expect(read.doc.data!.relationships).toEqual({
      items: { data: [{ type: "shopping-list-items", id: item.doc.data!.id }] },
    });
    expect(read.doc.included).toEqual([
      { type: "shopping-list-items", id: item.doc.data!.id, attributes: { quantity: 5 } },
    ]);

    const itemId = item.doc.data!.id;
    const changed = await callApi(caller, "updateShoppingListItem", `/shopping-list-items/${itemId}`, {
      params: { id: itemId },
      body: { data: { type: "shopping-list-items", id: itemId, attributes: { quantity: 7 } } },
    });
    expect(changed.doc.data!.attributes).toMatchObject({ quantity: 7, lineTotal: 5600 });
    expect(
      (await callApi(caller, "deleteShoppingListItem", `/shopping-list-items/${itemId}`, { params: { id: itemId } }))
        .status,
    ).toBe(204);
    expect(await prisma.shoppingListLine.count({ where: { shoppingListId: listId } })).toBe(0);
    expect((await auditOf(app.id)).map((a) => a.action)).toEqual([
      "api:createShoppingList",
      "api:addShoppingListItem",
      "api:addShoppingListItem",
      "api:updateShoppingListItem",
      "api:deleteShoppingListItem",
    ]);
  });

  it("pages with stable cursors and refuses a page size above 100, unknown filters, fields and includes", async () => {
    const { caller } = await buyer();
    for (const name of ["A", "B", "C"])
      await callApi(caller, "createShoppingList", "/shopping-lists", { body: listBody(name) });
    const first = await callApi(caller, "listShoppingLists", "/shopping-lists?page[size]=2");
    expect(first.list).toHaveLength(2);
    expect(first.doc.links!.next).toMatch(/^\/api\/v1\/shopping-lists\?page%5Bsize%5D=2&page%5Bafter%5D=/);
    const next = new URL(first.doc.links!.next!, "http://localhost");
    const second = await callApi(caller, "listShoppingLists", `/shopping-lists${next.search}`);
    expect(second.list).toHaveLength(1);
    expect(second.doc.links!.next).toBeNull();
    expect(new Set([...first.list, ...second.list].map((l) => l.attributes.name))).toEqual(new Set(["A", "B", "C"]));

    for (const [query, parameter] of [
      ["page[size]=101", "page[size]"],
      ["page[size]=0", "page[size]"],
      ["filter[owner]=x", "filter[owner]"],
      ["fields[shopping-lists]=secret", "fields[shopping-lists]"],
      ["fields[orders]=number", "fields[orders]"],
      ["include=owner", "include"],
      ["page[after]=garbage", "page[after]"],
      ["debug=1", "debug"],
    ] as const) {
      const refused = await callApi(caller, "listShoppingLists", `/shopping-lists?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.doc.errors![0]!.source, query).toEqual({ parameter });
    }
  });

  it("answers another user's list and items as not found, and changes nothing", async () => {
    const owner = await buyer();
    const stranger = await buyer();
    const product = await makeProduct(`API-${tag()}`, 1000);
    const list = await callApi(owner.caller, "createShoppingList", "/shopping-lists", { body: listBody("Mine") });
    const listId = list.doc.data!.id;
    const item = await callApi(owner.caller, "addShoppingListItem", "/shopping-list-items", {
      body: itemBody(listId, product.sku, 1),
    });
    const itemId = item.doc.data!.id;

    const c = stranger.caller;
    expect((await callApi(c, "getShoppingList", `/shopping-lists/${listId}`, { params: { id: listId } })).status).toBe(
      404,
    );
    const steps = [
      await callApi(c, "addShoppingListItem", "/shopping-list-items", { body: itemBody(listId, product.sku, 9) }),
      await callApi(c, "renameShoppingList", `/shopping-lists/${listId}`, {
        params: { id: listId },
        body: { data: { type: "shopping-lists", id: listId, attributes: { name: "Hijacked" } } },
      }),
      await callApi(c, "updateShoppingListItem", `/shopping-list-items/${itemId}`, {
        params: { id: itemId },
        body: { data: { type: "shopping-list-items", id: itemId, attributes: { quantity: 9 } } },
      }),
      await callApi(c, "deleteShoppingListItem", `/shopping-list-items/${itemId}`, { params: { id: itemId } }),
      await callApi(c, "deleteShoppingList", `/shopping-lists/${listId}`, { params: { id: listId } }),
    ];
    expect(steps.map((s) => s.status)).toEqual([404, 404, 404, 404, 404]);
    expect(await prisma.shoppingList.findUniqueOrThrow({ where: { id: listId } })).toMatchObject({ name: "Mine" });
    expect(await prisma.shoppingListLine.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ quantity: 1 });
    expect(await auditOf(stranger.app.id)).toEqual([]);
  });

  it("refuses what the owner's storefront role does not allow, even with the scope", async () => {
    const { caller, user, app } = await buyer("NONE");
    const created = await callApi(caller, "createShoppingList", "/shopping-lists", { body: listBody("Nope") });
    expect(created.status).toBe(403);
    expect(created.doc.errors![0]).toMatchObject({ status: "403", code: "forbidden" });
    expect((await callApi(caller, "listShoppingLists", "/shopping-lists")).status).toBe(403);
    expect(await prisma.shoppingList.count({ where: { customerUserId: user.id } })).toBe(0);
    expect(await auditOf(app.id)).toEqual([]);
  });

  it("points at the attribute at fault", async () => {
    const { caller } = await buyer();
    const list = await callApi(caller, "createShoppingList", "/shopping-lists", { body: listBody("L") });
    const bad = await callApi(caller, "addShoppingListItem", "/shopping-list-items", {
      body: itemBody(list.doc.data!.id, "NO-SUCH-SKU", 0),
    });
    expect(bad.status).toBe(422);
    expect(bad.doc.errors!.map((e) => e.source!.pointer)).toEqual(["/data/attributes/quantity"]);
    const unknown = await callApi(caller, "addShoppingListItem", "/shopping-list-items", {
      body: itemBody(list.doc.data!.id, "NO-SUCH-SKU", 1),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.doc.errors![0]).toMatchObject({
      code: "productUnknown",
      source: { pointer: "/data/attributes/sku" },
    });
  });

  it("commits a list's writes with the call's audit entry or not at all", async () => {
    const { user, session } = await buyer();
    const { id } = await createList(session, "Kept");
    await expect(
      unitOfWork(async () => {
        await createList(session, "Rolled back");
        await renameList(user.id, id, "Renamed");
        throw new Error("the audit entry failed");
      }),
    ).rejects.toThrow("the audit entry failed");
    expect((await prisma.shoppingList.findMany({ where: { customerUserId: user.id } })).map((l) => l.name)).toEqual([
      "Kept",
    ]);
  });
});
