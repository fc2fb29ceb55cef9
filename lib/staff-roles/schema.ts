import { z } from "zod";

import { RULE_EFFECTS, ruleProblems } from "@/lib/acl/rules";
import type { Translate } from "@/lib/i18n/translate";

export const MAX_RULES = 200;
const idSchema = z.string().min(1).max(64);
/** Unknown names are refused by `ruleProblems`, with a message that says which part is wrong. */
const aclName = (t: Translate) => z.string().max(64, { error: t("errors.tooLong", { max: 64 }) });

/** The role form for create and edit: a unique name and rules that each name part of the ACL. */
export function roleFormSchema(t: Translate) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, { error: t("errors.required") })
        .max(100, { error: t("errors.tooLong", { max: 100 }) }),
      rules: z
        .array(
          z.object({
            area: aclName(t),
            resource: aclName(t),
            action: aclName(t),
            effect: z.enum(RULE_EFFECTS, { error: t("errors.required") }),
          }),
        )
        .max(MAX_RULES, { error: t("errors.tooManyRules", { max: MAX_RULES }) })
        .default([]),
    })
    .superRefine((v, ctx) => {
      for (const p of ruleProblems(v.rules)) {
        ctx.addIssue({ code: "custom", path: ["rules", p.index, p.field], message: t(`errors.${p.code}`) });
      }
    });
}

export type RoleFormInput = z.input<ReturnType<typeof roleFormSchema>>;
export type RoleFormValues = z.output<ReturnType<typeof roleFormSchema>>;

export const updateRoleSchema = (t: Translate) => z.object({ id: idSchema, values: roleFormSchema(t) });

/** `acknowledgedGroups`: how many groups the warning page said use the role when the person confirmed. */
export const deleteRoleSchema = () =>
  z.object({ id: idSchema, acknowledgedGroups: z.number().int().min(0).max(1_000_000) });
