import {
  CUSTOMER_ACTIONS,
  CUSTOMER_ENTITIES,
  isCustomerCapability,
  levelRank,
  type CustomerAction,
  type CustomerCapability,
  type CustomerEntity,
  type CustomerLevel,
} from "./catalog";

export type RoleGrant = {
  permissions: { entity: string; action: CustomerAction; level: CustomerLevel }[];
  capabilities: string[];
};

export type EffectivePermissions = {
  /** every entity and action, at the widest level any role grants (NONE when none does) */
  levels: Record<CustomerEntity, Record<CustomerAction, CustomerLevel>>;
  capabilities: CustomerCapability[];
};

/**
 * A user's permissions are the union of their roles: per entity and action the widest level wins,
 * and capabilities add up. Entities or capabilities no longer in the catalogue grant nothing.
 */
export function effectivePermissions(roles: RoleGrant[]): EffectivePermissions {
  const levels = Object.fromEntries(
    CUSTOMER_ENTITIES.map((e) => [e, Object.fromEntries(CUSTOMER_ACTIONS.map((a) => [a, "NONE"]))]),
  ) as EffectivePermissions["levels"];
  const capabilities = new Set<CustomerCapability>();
  for (const role of roles) {
    for (const p of role.permissions) {
      const row = levels[p.entity as CustomerEntity];
      if (row && levelRank(p.level) > levelRank(row[p.action])) row[p.action] = p.level;
    }
    for (const c of role.capabilities) if (isCustomerCapability(c)) capabilities.add(c);
  }
  return { levels, capabilities: [...capabilities].sort() };
}
