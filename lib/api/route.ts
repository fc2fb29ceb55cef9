import "server-only";

import { authenticateApiRequest } from "@/lib/oauth/api-auth";

import { runOperation } from "./operation";
import { OPERATIONS } from "./operations";

/** Marks an API route handler with the scope it needs (tests/guards.integration.test.ts checks every route carries a guard). */
export const API_GUARD = Symbol.for("concierge.api-guard");

type RouteHandler = (
  request: Request,
  ctx: { params?: Promise<Record<string, string | string[]> | undefined> },
) => Promise<Response>;

/**
 * The one wrapper of an API route, for the operation of this id: authenticate the bearer token for
 * the operation's scope (the owner's current permissions intersected with the application's scopes,
 * re-checked on every call, rate limited), then run the operation as that customer user. The
 * RateLimit headers go with every answer.
 */
export function apiRoute(operationId: string): RouteHandler & { [API_GUARD]: string } {
  const op = OPERATIONS.find((o) => o.id === operationId);
  if (!op) throw new Error(`No API operation ${operationId}`);
  const handler: RouteHandler = async (request, ctx) => {
    const started = performance.now();
    const auth = await authenticateApiRequest(request, op.scope);
    const authenticated = performance.now();
    if (!auth.ok) return auth.response;
    // a route without dynamic segments gets no params at all
    const raw = (await ctx.params) ?? {};
    const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
    const response = await runOperation(op, auth.caller, request, params);
    for (const [k, v] of Object.entries(auth.headers)) response.headers.set(k, v);
    // what authentication costs apart from the handler's own work (npm run bench:api reads it)
    const timing = (name: string, ms: number) => `${name};dur=${ms.toFixed(2)}`;
    response.headers.set(
      "server-timing",
      `${timing("auth", authenticated - started)}, ${timing("app", performance.now() - authenticated)}`,
    );
    return response;
  };
  return Object.assign(handler, { [API_GUARD]: op.scope });
}
