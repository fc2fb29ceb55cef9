import "server-only";

import { redirect } from "next/navigation";

import { CHANGE_PASSWORD_PATH, currentCustomer } from "@/lib/identity/shop-session";
import { currentWebsite, type ShopWebsite } from "@/lib/websites/website";

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
 * The storefront's request context, from the host name and the storefront session (both read once
 * per request). A preview session is refused here unless the caller is a content page.
 */
export async function currentShopContext(opts: { allowPreview?: boolean } = {}): Promise<ShopContext> {
  const [website, customer] = await Promise.all([currentWebsite(), currentCustomer(opts)]);
  if (customer?.passwordExpired) redirect(CHANGE_PASSWORD_PATH);
  return {
    website,
    viewer: customer
      ? { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId }
      : null,
  };
}
