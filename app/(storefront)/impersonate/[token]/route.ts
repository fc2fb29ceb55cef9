import { NextResponse, type NextRequest } from "next/server";

import { signImpersonatedTab } from "@/lib/impersonation/arrival";

/**
 * The start link of an impersonation, opened in a new tab on the customer's website: public by
 * nature, since the one-time token is the credential (lib/impersonation/arrival.ts checks it).
 */
export async function GET(request: NextRequest, ctx: RouteContext<"/impersonate/[token]">) {
  const { token } = await ctx.params;
  const target = await signImpersonatedTab(token, request.headers);
  return NextResponse.redirect(target, 303);
}
