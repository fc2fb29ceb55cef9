import { NextResponse, type NextRequest } from "next/server";

/** Tells the rest of the request which realm it belongs to; lib/i18n/request.ts reads it. */
const REALM_HEADER = "x-concierge-realm";

/**
 * The back office and the storefront choose their language differently (the staff user's setting,
 * the customer's preferred localization), and one browser may be signed into both: the path decides.
 * The header is always overwritten, so a client cannot choose it. No access check happens here.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const admin = path === "/admin" || path.startsWith("/admin/") || path.startsWith("/api/admin-auth/");
  const headers = new Headers(request.headers);
  headers.set(REALM_HEADER, admin ? "admin" : "shop");
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
