import "server-only";

import type { Scope } from "@/lib/shop-access/levels";
import { hasCapability, scopeFor, type CustomerAccess } from "@/lib/shop-access/service";

export type UserAction = "VIEW" | "CREATE" | "EDIT" | "DELETE" | "ASSIGN";

/** The scope of one action on customer users; without the "manage-users" capability nothing is in scope. */
export function userScope(access: CustomerAccess, action: UserAction): Scope {
  return hasCapability(access, "manage-users") ? scopeFor(access, "customer-user", action) : { level: "NONE" };
}
