import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { addToList } from "@/lib/shopping-lists/service";
import { auditOf, callApi, makeApiCaller } from "@/tests/api-fixtures";
import { makeProduct } from "@/tests/catalog-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

async function buyerWithList(capabilities = ["place-orders"], companyId?: string) {
  const made = await makeBuyer((await makeBuyerRole("OWN", capabilities)).id, companyId);
  const product = await makeProduct(`ORD-${tag()}`, 1250);
  const { listId } = await addToList(made.viewer, null, product.id, 2, "List");
  return { ...made, ...(await makeApiCaller(made.user)), product, listId };
}

const orderBody = (b: { listId: string; billing: { id: string }; shipping: { id: string } }, extra = {}) => ({
  data: {
    type: "orders",
    attributes: {
      shoppingListId: b.listId,
      billingAddressId: b.billing.id,
      shippingAddressId: b.shipping.id,
      ...extra,
    },
  },
});

describe("orders", () => {
  it("checks out a shopping list as the storefront does, audited with the application", async () => {
    const b = await buyerWithList();
    const placed = await callApi(b.caller, "createOrder", "/orders", { body: orderBody(b, { poNumber: "PO-API-1" }) });
    expect(placed.status).toBe(201);
    const number = placed.doc.data!.id;
    expect(placed.doc.data!.attributes).toMatchObject({
      number,
      status: "OPEN",
      poNumber: "PO-API-1",
      total: 2500,
      billingAddress: expect.arrayContaining([b.billing.street]),
    });
    const order = await prisma.order.findUniqueOrThrow({ where: { number }, include: { lines: true } });
    expect(order).toMatchObject({ customerUserId: b.user.id, companyId: b.company.id, total: 2500 });
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([[b.product.sku, 2]]);
    expect(await prisma.shoppingList.count({ where: { id: b.listId } })).toBe(0);
    const audit = await auditOf(b.app.id);
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ["order", "create"],
      ["customer-user", "api:createOrder"],
    ]);
    expect(audit[0]!.actorLabel).toBe(`API: ${b.app.name} for ${b.user.email}`);
    expect(await prisma.emailMessage.count({ where: { to: b.user.email, templateKey: "order-confirmation" } })).toBe(1);

    const read = await callApi(
      b.caller,
      "getOrder",
      `/orders/${number}?include=lines&fields[order-lines]=sku,quantity`,
      {
        params: { id: number },
      },
    );
    expect(read.doc.included).toEqual([
      { type: "order-lines", id: order.lines[0]!.id, attributes: { sku: b.product.sku, quantity: 2 } },
    ]);
  });

  it("pages the caller's orders newest first with a cursor, filters by status and refuses unknown filters", async () => {
    const b = await buyerWithList();
    const first = await callApi(b.caller, "createOrder", "/orders", { body: orderBody(b) });
    const product = await makeProduct(`ORD-${tag()}`, 100);
    const { listId } = await addToList(b.viewer, null, product.id, 1, "Second");
    const second = await callApi(b.caller, "createOrder", "/orders", { body: orderBody({ ...b, listId }) });

    const page1 = await callApi(b.caller, "listOrders", "/orders?page[size]=1&fields[orders]=number");
    expect(page1.list.map((o) => o.id)).toEqual([second.doc.data!.id]);
    expect(page1.list[0]!.attributes).toEqual({ number: second.doc.data!.id });
    const page2 = await callApi(b.caller, "listOrders", new URL(page1.doc.links!.next!, "http://x").href.slice(15));
    expect(page2.list.map((o) => o.id)).toEqual([first.doc.data!.id]);
    expect(page2.doc.links!.next).toBeNull();

    const oldest = await callApi(b.caller, "listOrders", "/orders?sort=createdAt");
    expect(oldest.list.map((o) => o.id)).toEqual([first.doc.data!.id, second.doc.data!.id]);
    expect((await callApi(b.caller, "listOrders", "/orders?filter[status]=SHIPPED")).list).toEqual([]);
    expect((await callApi(b.caller, "listOrders", "/orders?filter[status]=LOST")).status).toBe(400);
    expect((await callApi(b.caller, "listOrders", "/orders?filter[companyId]=x")).status).toBe(400);
    expect((await callApi(b.caller, "listOrders", "/orders?sort=total")).status).toBe(400);
    // a cursor belongs to its sort order
    const cursor = new URL(page1.doc.links!.next!, "http://x").searchParams.get("page[after]")!;
    expect((await callApi(b.caller, "listOrders", `/orders?sort=createdAt&page[after]=${cursor}`)).status).toBe(400);
  });

  it("answers another company's order and list as not found, and writes nothing", async () => {
    const owner = await buyerWithList();
    const placed = await callApi(owner.caller, "createOrder", "/orders", { body: orderBody(owner) });
    const number = placed.doc.data!.id;
    const other = await buyerWithList();

    expect((await callApi(other.caller, "getOrder", `/orders/${number}`, { params: { id: number } })).status).toBe(404);
    expect((await callApi(other.caller, "listOrders", "/orders")).list).toEqual([]);
    const product = await makeProduct(`ORD-${tag()}`, 100);
    const { listId } = await addToList(owner.viewer, null, product.id, 1, "Owner's");
    const stolen = await callApi(other.caller, "createOrder", "/orders", {
      body: orderBody({ listId, billing: other.billing, shipping: other.shipping }),
    });
    expect(stolen.status).toBe(404);
    expect(await prisma.shoppingList.count({ where: { id: listId } })).toBe(1);
    expect(await prisma.order.count({ where: { customerUserId: other.user.id } })).toBe(0);
    expect(await auditOf(other.app.id)).toEqual([]);
  });

  it("refuses an order when the owner's role may not place orders, and writes nothing", async () => {
    const b = await buyerWithList([]);
    const refused = await callApi(b.caller, "createOrder", "/orders", { body: orderBody(b) });
    expect(refused.status).toBe(403);
    expect(await prisma.order.count({ where: { customerUserId: b.user.id } })).toBe(0);
    expect(await prisma.shoppingList.count({ where: { id: b.listId } })).toBe(1);
    expect(await auditOf(b.app.id)).toEqual([]);
  });

  it("points at the address at fault and leaves the list as it was", async () => {
    const b = await buyerWithList();
    const stranger = await buyerWithList();
    const foreign = await callApi(b.caller, "createOrder", "/orders", {
      body: orderBody({ ...b, billing: stranger.billing }),
    });
    expect(foreign.status).toBe(422);
    expect(foreign.doc.errors![0]).toMatchObject({
      code: "addressUnknown",
      source: { pointer: "/data/attributes/billingAddressId" },
    });
    const missing = await callApi(b.caller, "createOrder", "/orders", {
      body: { data: { type: "orders", attributes: { shoppingListId: b.listId, shippingAddressId: b.shipping.id } } },
    });
    expect(missing.status).toBe(422);
    expect(missing.doc.errors![0]!.source).toEqual({ pointer: "/data/attributes/billingAddressId" });
    expect(await prisma.shoppingList.count({ where: { id: b.listId } })).toBe(1);
    expect(await prisma.order.count({ where: { customerUserId: b.user.id } })).toBe(0);
  });
});
