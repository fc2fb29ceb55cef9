import { NextResponse, type NextRequest } from "next/server";

import { hasBadUrlText, isCrossOrigin, isReadableActionForm, isReadableActionText } from "@/lib/http/request-guard";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

/** Tells the rest of the request which realm it belongs to; lib/i18n/request.ts reads it. */
const REALM_HEADER = "x-concierge-realm";
/** next.config.js `serverActions.bodySizeLimit` (3 MB): a larger body is refused before Next reads it. */
const ACTION_BODY_LIMIT = 3 * 1024 * 1024;

const refuse = (status: 400 | 403 | 413, text: string) =>
  new NextResponse(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** Why a server action's body cannot be read, as the status to answer, or null when it can. */
async function actionBodyProblem(request: NextRequest): Promise<400 | 413 | null> {
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return 413;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data"))
      return isReadableActionForm(await request.clone().formData()) ? null : 400;
    const body = await request.clone().text();
    if (body.length > ACTION_BODY_LIMIT) return 413;
    return type.startsWith("text/plain") && !isReadableActionText(body) ? 400 : null;
  } catch {
    return 400;
  }
}

/**
 * Runs before every page, action and route handler. It refuses input that would otherwise surface
 * as a server error (text PostgreSQL cannot store in the URL, unreadable or oversized action bodies)
 * and cross-origin action posts, names the realm, and sets the security headers with a fresh script
 * nonce. No access check happens here: every page, action and route checks its caller itself.
 */
export async function proxy(request: NextRequest) {
  if (hasBadUrlText(new URL(request.url)))
    return refuse(400, "Bad request: the address contains characters that are not allowed.");
  const path = request.nextUrl.pathname;
  // pages take POSTs only as server actions (with JavaScript, or a plain form post without it): never from another site
  const pagePost = request.method === "POST" && !path.startsWith("/api/") && !path.startsWith("/oauth/");
  if (pagePost && isCrossOrigin(request.headers))
    return refuse(403, "Forbidden: a form of another site cannot act here.");
  if (pagePost && request.headers.has("next-action")) {
    const problem = await actionBodyProblem(request);
    if (problem === 413) return refuse(413, "The request is too large.");
    if (problem) return refuse(400, "Bad request: the form data could not be read.");
  }

  const admin = path === "/admin" || path.startsWith("/admin/") || path.startsWith("/api/admin-auth/");
  const nonce = newNonce();
  const security = securityHeaders(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  // the header is always overwritten, so a client cannot choose the realm; Next reads the nonce from the request's policy
  const headers = new Headers(request.headers);
  headers.set(REALM_HEADER, admin ? "admin" : "shop");
  headers.set("content-security-policy", security["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

/**
 * Every path but static files and the CSV import's upload: Next holds at most 10 MB of a body for the
 * proxy and passes only that on, which would cut a larger import file off. The upload's route
 * handler refuses another site's post and a body past the import's size limit itself.
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|admin/customer-users/import/upload).*)"],
};
