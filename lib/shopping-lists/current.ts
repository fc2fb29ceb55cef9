import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { hostCookie } from "@/lib/env";
import type { CustomerSession } from "@/lib/identity/shop-session";
import { currentWebsite } from "@/lib/websites/website";

import { resolveCurrentList } from "./service";

/**
 * The storefront session's current list: the browser holds only "<session>:<list id>" (httpOnly,
 * same-site), where the session is the impersonation's id or "own". A choice made in another session
 * of the browser (an earlier impersonation, the customer's own) is ignored, and every read checks
 * that the list still belongs to the signed-in user, so a stale or foreign id falls back to the
 * user's newest list instead of leaking someone else's.
 */
const COOKIE = "concierge-shop-list";
const cookieName = (secure: boolean) => hostCookie(COOKIE, secure);

type Who = Pick<CustomerSession, "id" | "impersonation">;
const sessionKey = (customer: Who) => customer.impersonation?.sessionId ?? "own";

export const currentList = cache(async (customer: Who) => {
  const secure = (await currentWebsite()).baseUrl.startsWith("https:");
  const [key, id] = ((await cookies()).get(cookieName(secure))?.value ?? "").split(":");
  return resolveCurrentList(customer.id, key === sessionKey(customer) ? id : undefined);
});

export async function chooseCurrentList(customer: Who, id: string): Promise<void> {
  const website = await currentWebsite();
  const secure = website.baseUrl.startsWith("https:");
  (await cookies()).set(cookieName(secure), `${sessionKey(customer)}:${id}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
  });
}

/** A newly signed-in tab starts without a chosen list. */
export function forgetCurrentList(jar: Awaited<ReturnType<typeof cookies>>): void {
  for (const secure of [false, true]) {
    // a __Host- cookie is only removed by a Set-Cookie that is Secure itself
    if (jar.has(cookieName(secure))) jar.delete({ name: cookieName(secure), path: "/", secure });
  }
}
