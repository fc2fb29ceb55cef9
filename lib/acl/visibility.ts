import type { Permission } from "./resources";

/**
 * What the viewer may see: their session's `can`. Every piece of data a page shows belongs to one
 * resource and needs that resource's view permission, whichever page shows it: a company's name on
 * an order needs customers/company/view, the staff user who placed it users/user/view. Services that
 * read records of other resources take this, so that what the viewer may not see is never loaded
 * (a list) or never leaves the service (a joined name).
 */
export type Sees = (permission: Permission) => boolean;

/** `value` for a viewer who may see `permission`'s data, otherwise null. */
export function seenOrNull<T>(sees: Sees, permission: Permission, value: T): T | null {
  return sees(permission) ? value : null;
}

/** A sales document's company and customer user as far as the viewer may view them (null otherwise). */
export function withParties<T extends { company: unknown; customerUser: unknown }>(sees: Sees, row: T) {
  return {
    ...row,
    company: seenOrNull(sees, "customers/company/view", row.company),
    customerUser: seenOrNull(sees, "customers/customer-user/view", row.customerUser),
  } as Omit<T, "company" | "customerUser"> & { company: T["company"] | null; customerUser: T["customerUser"] | null };
}
