import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { CustomerSession } from "@/lib/auth/customer-session";
import { currentWebsite } from "@/lib/storefront/website";
import { resolveCurrentList } from "./service";

/**
 * The storefront session's current list: the browser holds only "<session>:<list id>" (httpOnly,
 * same-site), where the session is the impersonation's id or "own". A choice made in another session
 * of the browser (an earlier impersonation, the customer's own) is ignored, and every read checks
 * that the list still belongs to the signed-in user, so a stale or foreign id falls back to the
 * user's newest list instead of leaking someone else's.
 */
const COOKIE = "concierge-shop-list";

type Who = Pick<CustomerSession, "id" | "impersonation">;
const sessionKey = (customer: Who) => customer.impersonation?.sessionId ?? "own";

export const currentList = cache(async (customer: Who) => {
  const [key, id] = ((await cookies()).get(COOKIE)?.value ?? "").split(":");
  return resolveCurrentList(customer.id, key === sessionKey(customer) ? id : undefined);
});

export async function chooseCurrentList(customer: Who, id: string): Promise<void> {
  const website = await currentWebsite();
  (await cookies()).set(COOKIE, `${sessionKey(customer)}:${id}`, { httpOnly: true, sameSite: "lax", path: "/", secure: website.baseUrl.startsWith("https:") });
}

/** A newly signed-in tab starts without a chosen list. */
export function forgetCurrentList(jar: Awaited<ReturnType<typeof cookies>>): void {
  jar.delete(COOKIE);
}
