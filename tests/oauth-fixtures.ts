import * as oauth from "oauth4webapi";

import { GET as metadataGET } from "@/app/.well-known/oauth-authorization-server/route";
import { POST as introspectPOST } from "@/app/oauth/introspect/route";
import { GET as jwksGET } from "@/app/oauth/jwks/route";
import { POST as revokePOST } from "@/app/oauth/revoke/route";
import { POST as tokenPOST } from "@/app/oauth/token/route";
import { prisma } from "@/lib/db";
import { hashClientSecret, newClientId, newClientSecret } from "@/lib/oauth/client-secret";

import { makeCustomerUser } from "./customer-fixtures";

/**
 * A customer user on a website whose API is on, with a role that lets them see orders and addresses
 * and place orders, and an OAuth application of theirs, created directly (as the management service
 * would), with its client secret in hand.
 */
export async function makeApiClient(
  opts: { scopes?: string[]; app?: Record<string, unknown>; user?: Record<string, unknown> } = {},
) {
  const w = await makeCustomerUser({ confirmed: true, ...opts.user });
  await prisma.website.update({ where: { id: w.website.id }, data: { apiEnabled: true } });
  const role = await prisma.customerRole.create({
    data: {
      name: `API buyer ${w.t}`,
      companyId: w.company.id,
      capabilities: ["place-orders"],
      permissions: {
        create: [
          { entity: "order", action: "VIEW", level: "COMPANY" },
          { entity: "address", action: "VIEW", level: "OWN" },
        ],
      },
    },
  });
  await prisma.customerUserRole.create({ data: { customerUserId: w.user.id, roleId: role.id } });
  const secret = newClientSecret();
  const app = await prisma.oAuthApplication.create({
    data: {
      customerUserId: w.user.id,
      name: `ERP ${w.t}`,
      clientId: newClientId(),
      secretHash: hashClientSecret(secret),
      scopes: opts.scopes ?? ["me:read", "orders:read", "orders:write", "addresses:read"],
      ...opts.app,
    },
  });
  return { ...w, role, app, clientId: app.clientId, secret, issuer: new URL(w.website.baseUrl) };
}

export type ApiClient = Awaited<ReturnType<typeof makeApiClient>>;

const routes: Record<string, (request: Request) => Promise<Response>> = {
  "POST /oauth/token": tokenPOST,
  "POST /oauth/revoke": revokePOST,
  "POST /oauth/introspect": introspectPOST,
  "GET /oauth/jwks": () => jwksGET(),
  "GET /.well-known/oauth-authorization-server": metadataGET,
};

/** The route handlers, as a fetch: a client library's requests reach them without a server. */
export function handlerFetch(ip = "198.51.100.1"): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-forwarded-for", ip);
    const request = new Request(input, { ...init, headers });
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : new Response("Not found", { status: 404 });
  };
}

/** oauth4webapi's options: our handlers as its fetch, plain http for the test websites. */
export const clientOptions = (ip?: string) => ({
  [oauth.customFetch]: handlerFetch(ip),
  [oauth.allowInsecureRequests]: true,
});

/** Discovery through RFC 8414 metadata, as a real client starts. */
export async function discover(c: ApiClient, ip?: string) {
  const response = await oauth.discoveryRequest(c.issuer, { ...clientOptions(ip), algorithm: "oauth2" });
  return oauth.processDiscoveryResponse(c.issuer, response);
}

/** An API request on the client's website carrying the token. */
export const apiRequest = (c: ApiClient, token: string, ip = "198.51.100.1") =>
  new Request(new URL("/api/v1/me", c.issuer), {
    headers: { authorization: `Bearer ${token}`, "x-forwarded-for": ip },
  });

/** A raw form post to a route, for what a well-behaved library would never send. */
export function post(c: ApiClient, path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  return handlerFetch(headers["x-forwarded-for"])(new URL(path, c.issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(body),
  });
}

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;
