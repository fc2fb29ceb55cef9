import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH, currentCustomer } from "@/lib/auth/customer-session";
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

/** The storefront's request context, computed once per request from the host name and the storefront session. */
export const currentShopContext = cache(async (): Promise<ShopContext> => {
  const [website, customer] = await Promise.all([currentWebsite(), currentCustomer()]);
  if (customer?.passwordExpired) redirect(CHANGE_PASSWORD_PATH);
  return {
    website,
    viewer: customer ? { customerUserId: customer.id, companyId: customer.companyId, customerGroupId: customer.customerGroupId } : null,
  };
});
