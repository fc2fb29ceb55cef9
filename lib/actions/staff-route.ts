import "server-only";

import { getTranslations } from "next-intl/server";

import type { Permission } from "@/lib/acl/resources";
import type { Actor } from "@/lib/audit/record";
import { isCrossOrigin } from "@/lib/http/request-guard";
import { clientIp } from "@/lib/identity/client-ip";
import { currentStaff, type StaffSession } from "@/lib/identity/staff-session";

/** Marks a back-office route handler with the permissions it checks (tests/guards.integration.test.ts proves it). */
export const STAFF_ROUTE_GUARD = Symbol.for("concierge.staff-route-guard");

/** `params`: the route's dynamic segments (none for a route without them). */
type Ctx = { staff: StaffSession; actor: Actor; request: Request; params: Record<string, string> };
type RouteContext = { params?: Promise<Record<string, string>> };

/**
 * The one way into a back-office route handler (a download): authenticate (session re-checked
 * against the database; signed out goes to the sign-in page) -> authorize (every permission named,
 * the handler's own first, then the view permissions of the data it returns; 403 otherwise) -> the
 * handler, which reads only what the viewer may see and audits what it hands out.
 */
export function staffRoute(
  required: readonly [Permission, ...Permission[]],
  handler: (ctx: Ctx) => Promise<Response>,
): ((request: Request, context?: RouteContext) => Promise<Response>) & {
  [STAFF_ROUTE_GUARD]: readonly Permission[];
} {
  const route = async (request: Request, context?: RouteContext): Promise<Response> => {
    // a form of another site must not make a signed-in browser write, whether or not proxy.ts saw the request
    if (!["GET", "HEAD"].includes(request.method) && isCrossOrigin(request.headers)) {
      const t = await getTranslations("errors");
      return new Response(t("forbidden"), { status: 403, headers: { "cache-control": "no-store" } });
    }
    const staff = await currentStaff();
    if (!staff) return Response.redirect(new URL("/admin/login", request.url), 303);
    if (!required.every((p) => staff.can(p))) {
      const t = await getTranslations("errors");
      return new Response(t("forbidden"), { status: 403, headers: { "cache-control": "no-store" } });
    }
    const actor: Actor = { staffId: staff.id, label: staff.email, ip: clientIp(request.headers) };
    return handler({ staff, actor, request, params: (await context?.params) ?? {} });
  };
  return Object.assign(route, { [STAFF_ROUTE_GUARD]: required });
}
