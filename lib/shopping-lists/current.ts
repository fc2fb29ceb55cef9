import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { currentWebsite } from "@/lib/storefront/website";
import { resolveCurrentList } from "./service";

/**
 * The storefront session's current list: the browser holds only a list id (httpOnly, same-site),
 * and every read checks that the list still belongs to the signed-in user, so a stale or foreign
 * id falls back to the user's newest list instead of leaking someone else's.
 */
const COOKIE = "concierge-shop-list";

export const currentList = cache(async (customerUserId: string) => resolveCurrentList(customerUserId, (await cookies()).get(COOKIE)?.value));

export async function chooseCurrentList(id: string): Promise<void> {
  const website = await currentWebsite();
  (await cookies()).set(COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/", secure: website.baseUrl.startsWith("https:") });
}
