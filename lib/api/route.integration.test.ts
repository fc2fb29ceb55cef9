import { describe, expect, it } from "vitest";

import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as placeOrder } from "@/app/api/v1/orders/route";
import { POST as createList } from "@/app/api/v1/shopping-lists/route";
import { prisma } from "@/lib/db";
import { issueAccessToken } from "@/lib/oauth/access-token";
import { issuerOf } from "@/lib/oauth/issuer";
import type { ApiScope } from "@/lib/oauth/scopes";
import { auditOf, bearerRequest, makeApiCaller, noParams } from "@/tests/api-fixtures";
import { makeBuyer, makeBuyerRole } from "@/tests/order-fixtures";

import { JSON_API } from "./document";

/** A buyer on a website whose API is on, an application of theirs, and a real access token for it. */
async function tokenFor(scopes: ApiScope[]) {
  const role = await makeBuyerRole("OWN");
  const b = await makeBuyer(role.id);
  await prisma.website.update({ where: { id: b.website.id }, data: { apiEnabled: true } });
  const { app } = await makeApiCaller(b.user, scopes);
  const { accessToken } = await issueAccessToken({
    issuer: issuerOf(b.website.baseUrl),
    applicationId: app.id,
    clientId: app.clientId,
    customerUserId: b.user.id,
    scopes,
  });
  const request = (path: string, init: { method?: string; body?: unknown } = {}) =>
    bearerRequest(b.website.baseUrl, accessToken, path, init);
  return { ...b, role, app, request };
}

describe("the API's routes with a real access token", () => {
  it("answers as the application's owner, with the rate limit's headers, and stamps the last use", async () => {
    const { request, user, app } = await tokenFor(["me:read"]);
    const response = await getMe(request("/me?include=company"), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(JSON_API);
    expect(response.headers.get("ratelimit")).toBeTruthy();
    expect(response.headers.get("server-timing")).toMatch(/^auth;dur=[\d.]+, app;dur=[\d.]+$/);
    const doc = (await response.json()) as { data: { id: string; attributes: { email: string } }; included: unknown[] };
    expect(doc.data).toMatchObject({ id: user.id, attributes: { email: user.email } });
    expect(doc.included).toEqual([{ type: "companies", id: user.companyId, attributes: { name: expect.any(String) } }]);
    expect(await prisma.oAuthApplicationUsage.findUniqueOrThrow({ where: { applicationId: app.id } })).toMatchObject({
      lastUsedAt: expect.any(Date),
    });
  });

  it("writes as the owner with the application in the audit log", async () => {
    const { request, user, app } = await tokenFor(["shopping-lists:write"]);
    const response = await createList(
      request("/shopping-lists", {
        method: "POST",
        body: { data: { type: "shopping-lists", attributes: { name: "ERP" } } },
      }),
      noParams,
    );
    expect(response.status).toBe(201);
    expect(await prisma.shoppingList.count({ where: { customerUserId: user.id, name: "ERP" } })).toBe(1);
    expect(await auditOf(app.id)).toMatchObject([
      { action: "api:createShoppingList", actorLabel: `API: ${app.name} for ${user.email}`, entityId: user.id },
    ]);
  });

  it("refuses a scope the token lacks, and at once a call the owner's role no longer allows", async () => {
    const { request, role, user } = await tokenFor(["me:read", "orders:write"]);
    const unscoped = await createList(
      request("/shopping-lists", {
        method: "POST",
        body: { data: { type: "shopping-lists", attributes: { name: "X" } } },
      }),
      noParams,
    );
    expect(unscoped.status).toBe(403);
    expect(await prisma.shoppingList.count({ where: { customerUserId: user.id } })).toBe(0);

    await prisma.customerRole.update({ where: { id: role.id }, data: { capabilities: [] } });
    const order = {
      data: { type: "orders", attributes: { shoppingListId: "x", billingAddressId: "y", shippingAddressId: "z" } },
    };
    const refused = await placeOrder(request("/orders", { method: "POST", body: order }), noParams);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("www-authenticate")).toContain("insufficient_scope");
  });

  it("refuses a request without a token", async () => {
    const response = await getMe(new Request("http://localhost/api/v1/me"), noParams);
    expect(response.status).toBe(401);
  });
});
