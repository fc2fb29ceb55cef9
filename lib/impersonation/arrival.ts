import "server-only";

import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";

import { secureCookies } from "@/lib/env";
import { clientIp } from "@/lib/identity/client-ip";
import { CUSTOMER_AUTH_SECRET, CUSTOMER_SESSION_COOKIE } from "@/lib/identity/shop-auth";
import { forgetCurrentList } from "@/lib/shopping-lists/current";
import { currentWebsite } from "@/lib/websites/website";

import { consumeStartToken } from "./service";

/** How long after the time limit the tab keeps its (refused) token, to say that the session ended. */
const ENDED_NOTICE_SECONDS = 60 * 60;

/**
 * Uses a start token and, when it is good, signs this browser into the storefront as the customer
 * user with a token that names the staff member (`act`): the same cookie and key a customer's own
 * sign-in gets, so every storefront check applies unchanged, and the session row decides how long
 * it lives. The tab starts with no current shopping list, never the one a previous session chose.
 * Returns the absolute address to send the browser to.
 */
export async function signImpersonatedTab(token: string, headers: Headers): Promise<string> {
  const website = await currentWebsite();
  const arrival = await consumeStartToken(token, website.id, clientIp(headers));
  const jar = await cookies();
  // absolute, on the website's own address: behind a proxy the request's URL may name another host
  const at = (path: string) => `${website.baseUrl.replace(/\/$/, "")}${path}`;
  if (!arrival) return at("/login?notice=impersonation-invalid");
  // the token outlives the session by a while, so the tab can still say why it ended at the time limit
  const maxAge = Math.max(1, Math.ceil((arrival.expiresAt.getTime() - Date.now()) / 1000)) + ENDED_NOTICE_SECONDS;
  const jwt = await encode({
    salt: CUSTOMER_SESSION_COOKIE,
    secret: CUSTOMER_AUTH_SECRET,
    maxAge,
    token: {
      sub: arrival.customerUserId,
      sv: arrival.customerSessionVersion,
      wid: arrival.websiteId,
      act: { sessionId: arrival.sessionId, staffUserId: arrival.staffUserId },
    },
  });
  jar.set(CUSTOMER_SESSION_COOKIE, jwt, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies, maxAge });
  forgetCurrentList(jar);
  return at(arrival.startPath);
}
