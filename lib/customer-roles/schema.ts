import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

import {
  CUSTOMER_ACTIONS,
  CUSTOMER_ENTITIES,
  CUSTOMER_LEVELS,
  isCustomerCapability,
  isCustomerEntity,
  type CustomerAction,
  type CustomerLevel,
} from "./catalog";

const idSchema = z.string().min(1).max(64);
export const CUSTOMER_ROLE_OWNERS = ["predefined", "company"] as const;

export type PermissionInput = { entity: string; action: CustomerAction; level: CustomerLevel };

/**
 * The storefront role form for create and edit. `owner` says whether the role is offered to every
 * company ("predefined") or belongs to the one in `companyId`. Permissions may list only part of the
 * matrix: what is missing grants nothing (NONE).
 */
export function customerRoleFormSchema(t: Translate) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, { error: t("errors.required") })
        .max(100, { error: t("errors.tooLong", { max: 100 }) }),
      owner: z.enum(CUSTOMER_ROLE_OWNERS, { error: t("errors.required") }),
      /** "" when predefined; the form sends back what it parsed, so no null here */
      companyId: z.string().max(64),
      selfManaged: z.boolean().default(false),
      permissions: z
        .array(
          z.object({
            entity: z.string().max(64),
            action: z.enum(CUSTOMER_ACTIONS, { error: t("errors.customerRoleActionUnknown") }),
            level: z.enum(CUSTOMER_LEVELS, { error: t("errors.customerRoleLevelUnknown") }),
          }),
        )
        .max(CUSTOMER_ENTITIES.length * CUSTOMER_ACTIONS.length)
        .default([]),
      capabilities: z.array(z.string().max(64)).max(50).default([]),
    })
    .superRefine((v, ctx) => {
      if (v.owner === "company" && !v.companyId)
        ctx.addIssue({ code: "custom", path: ["companyId"], message: t("errors.customerRoleCompanyRequired") });
      const seen = new Set<string>();
      v.permissions.forEach((p, i) => {
        if (!isCustomerEntity(p.entity))
          ctx.addIssue({
            code: "custom",
            path: ["permissions", i, "entity"],
            message: t("errors.customerRoleEntityUnknown"),
          });
        const key = `${p.entity}:${p.action}`;
        if (seen.has(key))
          ctx.addIssue({
            code: "custom",
            path: ["permissions", i, "level"],
            message: t("errors.customerRolePermissionDuplicate"),
          });
        seen.add(key);
      });
      if (v.capabilities.some((c) => !isCustomerCapability(c))) {
        ctx.addIssue({ code: "custom", path: ["capabilities"], message: t("errors.customerRoleCapabilityUnknown") });
      }
    });
}

export type CustomerRoleFormInput = z.input<ReturnType<typeof customerRoleFormSchema>>;
export type CustomerRoleFormValues = z.output<ReturnType<typeof customerRoleFormSchema>>;

/** The owning company, or null for a predefined role; a company id left over from switching the owner is ignored. */
export const ownerCompanyId = (v: Pick<CustomerRoleFormValues, "owner" | "companyId">) =>
  v.owner === "company" && v.companyId ? v.companyId : null;

export const updateCustomerRoleSchema = (t: Translate) => z.object({ id: idSchema, values: customerRoleFormSchema(t) });

/** `acknowledgedUsers`: how many customer users the warning page said hold the role when the person confirmed. */
export const deleteCustomerRoleSchema = () =>
  z.object({ id: idSchema, acknowledgedUsers: z.number().int().min(0).max(10_000_000) });

/** Every cell of the matrix in catalogue order, at the level `granted` gives it (NONE otherwise): the form edits all of them. */
export function fullMatrix(granted: PermissionInput[]): PermissionInput[] {
  const level = new Map(granted.map((p) => [`${p.entity}:${p.action}`, p.level]));
  return CUSTOMER_ENTITIES.flatMap((entity) =>
    CUSTOMER_ACTIONS.map((action) => ({ entity, action, level: level.get(`${entity}:${action}`) ?? "NONE" })),
  );
}
