import "server-only";

import { notFound } from "next/navigation";

import type { CustomerCapability } from "@/lib/customer-roles/catalog";
import { requireCustomer } from "@/lib/identity/shop-session";

import { customerAccess, hasCapability, type CustomerAccess } from "./service";

/** For the delegated account pages: sign-in when signed out, and not found without the capability, as if the page did not exist. */
export async function requireAccountCapability(path: string, capability: CustomerCapability): Promise<CustomerAccess> {
  const access = await customerAccess(await requireCustomer(path));
  if (!hasCapability(access, capability)) notFound();
  return access;
}
