import "server-only";
import { cache } from "react";
import { currentWebsite, type ShopWebsite } from "./website";

/**
 * Who is looking at the storefront, as every storefront query needs it: the company and customer
 * group decide prices, product visibility and content variants. `null` customer = a visitor.
 */
export type ShopViewer = {
  customerUserId: string;
  companyId: string;
  customerGroupId: string | null;
};

export type ShopContext = { website: ShopWebsite; viewer: ShopViewer | null };

/**
 * The storefront's request context, computed once per request. The customer part comes from the
 * storefront session (lib/auth/customer-session.ts) once signed in; until then every request is a
 * visitor's.
 */
export const currentShopContext = cache(async (): Promise<ShopContext> => {
  const website = await currentWebsite();
  return { website, viewer: null };
});
