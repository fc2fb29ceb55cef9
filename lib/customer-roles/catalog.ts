/**
 * What a storefront role can grant, defined once: the role editor offers exactly these, the
 * storefront's guards name them, and the effective permissions of a user are computed over them.
 */
export const CUSTOMER_ENTITIES = [
  "customer-user",
  "address",
  "order",
  "quote",
  "request-for-quote",
  "shopping-list",
] as const;
export const CUSTOMER_ACTIONS = ["VIEW", "CREATE", "EDIT", "DELETE", "ASSIGN"] as const;
/** Ordered from narrowest to widest: a wider level includes every narrower one. */
export const CUSTOMER_LEVELS = ["NONE", "OWN", "COMPANY", "COMPANY_AND_SUBSIDIARIES"] as const;
export const CUSTOMER_CAPABILITIES = [
  "place-orders",
  "approve-orders",
  "request-quote",
  "manage-users",
  "manage-roles",
  /** see, deactivate and delete the OAuth applications of the company's users within the role's customer-user levels */
  "manage-api-applications",
] as const;

export type CustomerEntity = (typeof CUSTOMER_ENTITIES)[number];
export type CustomerAction = (typeof CUSTOMER_ACTIONS)[number];
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];
export type CustomerCapability = (typeof CUSTOMER_CAPABILITIES)[number];

export function isCustomerEntity(v: string): v is CustomerEntity {
  return (CUSTOMER_ENTITIES as readonly string[]).includes(v);
}

export function isCustomerCapability(v: string): v is CustomerCapability {
  return (CUSTOMER_CAPABILITIES as readonly string[]).includes(v);
}

export function levelRank(level: CustomerLevel): number {
  return CUSTOMER_LEVELS.indexOf(level);
}
