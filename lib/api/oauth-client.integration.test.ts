import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";

import { GET as getOrder } from "@/app/api/v1/orders/[id]/route";
import { GET as listOrders, POST as placeOrder } from "@/app/api/v1/orders/route";
import { prisma } from "@/lib/db";
import { addToList } from "@/lib/shopping-lists/service";
import { bearerRequest, noParams } from "@/tests/api-fixtures";
import { makeProduct } from "@/tests/catalog-fixtures";
import { clientOptions, discover, makeApiClient, type ApiClient } from "@/tests/oauth-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";
import { tag } from "@/tests/staff-fixtures";

async function tokenBy(method: "basic" | "post", c: ApiClient) {
  const as = await discover(c);
  const client = { client_id: c.clientId };
  const auth = method === "basic" ? oauth.ClientSecretBasic(c.secret) : oauth.ClientSecretPost(c.secret);
  const response = await oauth.clientCredentialsGrantRequest(as, client, auth, new URLSearchParams(), clientOptions());
  return (await oauth.processClientCredentialsResponse(as, client, response)).access_token;
}

const call = (c: ApiClient, token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
  bearerRequest(c.issuer, token, path, init);

/** An order of the customer user, placed earlier. */
const orderOf = (u: { id: string; companyId: string }, total: number) =>
  prisma.order.create({
    data: {
      number: `SO-${tag()}`,
      companyId: u.companyId,
      customerUserId: u.id,
      currency: "EUR",
      subtotal: total,
      total,
      billingAddress: {},
      shippingAddress: {},
    },
  });

describe("a client built with a real OAuth library calls the storefront API", () => {
  it.each(["basic", "post"] as const)(
    "gets a token by client_secret_%s, reads its orders, and is refused after revoking it",
    async (method) => {
      const c = await makeApiClient();
      const order = await orderOf(c.user, 500);
      const token = await tokenBy(method, c);
      const listed = await listOrders(call(c, token, "/orders"), noParams);
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as { data: { id: string }[] }).data.map((o) => o.id)).toEqual([order.number]);

      const as = await discover(c);
      const auth = method === "basic" ? oauth.ClientSecretBasic(c.secret) : oauth.ClientSecretPost(c.secret);
      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, { client_id: c.clientId }, auth, token, clientOptions()),
      );
      const refused = await listOrders(call(c, token, "/orders"), noParams);
      expect(refused.status).toBe(401);
    },
  );

  it("answers another company's order and shopping list as not found, and writes nothing", async () => {
    const c = await makeApiClient();
    const token = await tokenBy("basic", c);
    const other = await makeBuyer((await makeBuyerRole("COMPANY")).id);
    const product = await makeProduct(`OC-${tag()}`, 100);
    const { listId } = await addToList(other.viewer, null, product.id, 1, "Theirs");
    const theirs = await orderOf(other.user, 100);
    const read = await getOrder(call(c, token, `/orders/${theirs.number}`), {
      params: Promise.resolve({ id: theirs.number }),
    });
    expect(read.status).toBe(404);
    const address = await prisma.customerAddress.create({
      data: {
        customerUserId: c.user.id,
        street: "Own 1",
        city: "Berlin",
        postalCode: "10115",
        country: "DE",
        billing: true,
        shipping: true,
      },
    });
    const placed = await placeOrder(
      call(c, token, "/orders", {
        method: "POST",
        body: {
          data: {
            type: "orders",
            attributes: { shoppingListId: listId, billingAddressId: address.id, shippingAddressId: address.id },
          },
        },
      }),
      noParams,
    );
    expect(placed.status).toBe(404);
    expect(await prisma.shoppingList.count({ where: { id: listId } })).toBe(1);
    expect(await prisma.order.count({ where: { customerUserId: c.user.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { oauthApplicationId: c.app.id } })).toBe(0);
  });
});
