import { z } from "zod";

import { CUSTOMER_ACTIONS, CUSTOMER_ENTITIES, CUSTOMER_LEVELS } from "@/lib/customer-roles/catalog";
import type { Translate } from "@/lib/i18n/translate";

const id = z.string().min(1).max(64);

/**
 * A company's own role as its administrator edits it on the storefront: a name, the permission
 * matrix and capabilities. The owner is always the viewer's company, so the form never names one.
 */
export function accountRoleFormSchema(t: Translate) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: t("errors.required") })
      .max(100, { error: t("errors.tooLong", { max: 100 }) }),
    permissions: z
      .array(
        z.object({
          entity: z.string().max(64),
          action: z.enum(CUSTOMER_ACTIONS, { error: t("errors.customerRoleActionUnknown") }),
          level: z.enum(CUSTOMER_LEVELS, { error: t("errors.customerRoleLevelUnknown") }),
        }),
      )
      .max(CUSTOMER_ENTITIES.length * CUSTOMER_ACTIONS.length),
    capabilities: z.array(z.string().max(64)).max(50),
  });
}

export type AccountRoleFormInput = z.input<ReturnType<typeof accountRoleFormSchema>>;
export type AccountRoleFormValues = z.output<ReturnType<typeof accountRoleFormSchema>>;

export const updateAccountRoleSchema = (t: Translate) => z.object({ id, values: accountRoleFormSchema(t) });
export const deleteAccountRoleSchema = () => z.object({ id });
