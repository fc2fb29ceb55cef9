import type { ApiCaller } from "@/lib/api/caller";
import { JSON_API } from "@/lib/api/document";
import { runOperation } from "@/lib/api/operation";
import { OPERATIONS } from "@/lib/api/operations";
import { prisma } from "@/lib/db";
import { API_SCOPES, type ApiScope } from "@/lib/oauth/scopes";

import { tag } from "./staff-fixtures";

type Owner = { id: string; companyId: string; websiteId: string; email: string };

/** An application of this customer user and the caller the API's authentication would hand its handlers. */
export async function makeApiCaller(owner: Owner, scopes: readonly ApiScope[] = API_SCOPES) {
  const t = tag();
  const app = await prisma.oAuthApplication.create({
    data: {
      customerUserId: owner.id,
      name: `ERP ${t}`,
      clientId: `client-${t}`,
      secretHash: "unused",
      scopes: [...scopes],
    },
  });
  const caller: ApiCaller = {
    customerUser: { id: owner.id, companyId: owner.companyId, websiteId: owner.websiteId, email: owner.email },
    application: { id: app.id, name: app.name, clientId: app.clientId },
    scopes: [...scopes],
    ip: "192.0.2.44",
  };
  return { app, caller };
}

type Doc = {
  data?: {
    id: string;
    type: string;
    attributes: Record<string, unknown>;
    relationships?: Record<string, unknown>;
  } & Record<string, unknown>;
  included?: { id: string; type: string; attributes: Record<string, unknown> }[];
  links?: { self?: string; next?: string | null };
  errors?: { status: string; code: string; detail?: string; source?: Record<string, string> }[];
};

/**
 * Runs the operation of this id for the caller, as its route would after authentication: `target`
 * is the path below /api/v1 with the query, `params` the route's path parameters.
 */
export async function callApi(
  caller: ApiCaller,
  operationId: string,
  target: string,
  opts: { params?: Record<string, string>; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; doc: Doc; list: NonNullable<Doc["data"]>[]; headers: Headers }> {
  const op = OPERATIONS.find((o) => o.id === operationId)!;
  const request = new Request(`http://localhost/api/v1${target}`, {
    method: op.method,
    headers: { accept: JSON_API, ...(opts.body !== undefined ? { "content-type": JSON_API } : {}), ...opts.headers },
    ...(opts.body !== undefined ? { body: typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body) } : {}),
  });
  const response = await runOperation(op, caller, request, opts.params ?? {});
  const text = await response.text();
  const doc = (text ? JSON.parse(text) : {}) as Doc;
  return {
    status: response.status,
    doc,
    list: (Array.isArray(doc.data) ? doc.data : []) as NonNullable<Doc["data"]>[],
    headers: response.headers,
  };
}

/** The audit entries an application's calls wrote. */
export const auditOf = (applicationId: string) =>
  prisma.auditLog.findMany({ where: { oauthApplicationId: applicationId }, orderBy: [{ at: "asc" }, { id: "asc" }] });

/** A request to the API on a website (its base URL) carrying a bearer token, as an API client sends it. */
export const bearerRequest = (
  base: string | URL,
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Request =>
  new Request(new URL(`/api/v1${path}`, base), {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${token}`,
      accept: JSON_API,
      ...(init.body ? { "content-type": JSON_API } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });

/** What Next hands a route without dynamic segments: no params. */
export const noParams = {};
