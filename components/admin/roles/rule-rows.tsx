"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { WILDCARD } from "@/lib/acl/resources";
import { actionOptions, areaOptions, resourceOptions, RULE_EFFECTS } from "@/lib/acl/rules";
import type { RoleFormInput, RoleFormValues } from "@/lib/staff-roles/schema";

type Form = UseFormReturn<RoleFormInput, unknown, RoleFormValues>;
type Part = "area" | "resource" | "action";
const LABELS = { area: "areas", resource: "resources", action: "actions" } as const;
const NEW_RULE = { area: WILDCARD, resource: WILDCARD, action: "view", effect: "ALLOW" } as const;

/** A stored value the ACL no longer offers stays selectable, so the person sees it and the error. */
const withCurrent = (options: string[], current: string | undefined) =>
  current && !options.includes(current) ? [...options, current] : options;

/** The rules editor: one row per rule; each select offers only what fits the choices to its left. */
export function RuleRows({ form }: { form: Form }) {
  const t = useTranslations("roles");
  const { control, register, getValues, setValue, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "rules" });
  const rules = useWatch({ control, name: "rules" }) ?? [];

  const optionLabel = (part: Part, value: string) => {
    if (value === WILDCARD) return t("acl.any");
    const key = `acl.${LABELS[part]}.${value}`;
    return t.has(key) ? t(key) : value;
  };

  // a new area or resource may rule out the choices to its right: fall back to "*", which always fits
  const narrow = (i: number) => {
    const r = getValues(`rules.${i}`);
    if (!r) return;
    const resource = resourceOptions(r.area).includes(r.resource) ? r.resource : WILDCARD;
    if (resource !== r.resource) setValue(`rules.${i}.resource`, resource);
    if (!actionOptions(r.area, resource).includes(r.action)) setValue(`rules.${i}.action`, WILDCARD);
  };

  const select = (i: number, part: Part, options: string[]) => {
    const error = formState.errors.rules?.[i]?.[part];
    return (
      <td className="py-1 pr-2">
        <select
          aria-label={t(`form.${part}Of`, { n: i + 1 })}
          aria-invalid={!!error}
          className={`${inputClass} min-w-28`}
          {...register(`rules.${i}.${part}`, part === "action" ? {} : { onChange: () => narrow(i) })}
        >
          {withCurrent(options, rules[i]?.[part]).map((o) => (
            <option key={o} value={o}>
              {optionLabel(part, o)}
            </option>
          ))}
        </select>
      </td>
    );
  };

  const rowError = (i: number) => {
    const e = formState.errors.rules?.[i];
    return e?.area?.message ?? e?.resource?.message ?? e?.action?.message ?? e?.effect?.message;
  };
  const listError = formState.errors.rules?.root?.message ?? formState.errors.rules?.message;

  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{t("form.rules")}</legend>
      <p className="mt-1 text-xs text-slate-600">{t("form.rulesHint")}</p>
      {fields.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="no-rules">
          {t("form.noRules")}
        </p>
      ) : (
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm">
            <thead>
              <tr className="text-left text-xs text-slate-600">
                <th scope="col" className="font-medium">
                  {t("form.area")}
                </th>
                <th scope="col" className="font-medium">
                  {t("form.resource")}
                </th>
                <th scope="col" className="font-medium">
                  {t("form.action")}
                </th>
                <th scope="col" className="font-medium">
                  {t("form.effect")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("form.removeRule")}</span>
                </th>
              </tr>
            </thead>
            {fields.map((field, i) => {
              const area = rules[i]?.area ?? WILDCARD;
              const error = rowError(i);
              return (
                <tbody key={field.id} data-testid="rule-row">
                  <tr>
                    {select(i, "area", areaOptions())}
                    {select(i, "resource", resourceOptions(area))}
                    {select(i, "action", actionOptions(area, rules[i]?.resource ?? WILDCARD))}
                    <td className="py-1 pr-2">
                      <select
                        aria-label={t("form.effectOf", { n: i + 1 })}
                        className={inputClass}
                        {...register(`rules.${i}.effect`)}
                      >
                        {RULE_EFFECTS.map((e) => (
                          <option key={e} value={e}>
                            {t(`effects.${e}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="py-1">
                      <Button
                        type="button"
                        variant="secondary"
                        className="mt-1"
                        aria-label={t("form.removeRuleOf", { n: i + 1 })}
                        onClick={() => remove(i)}
                      >
                        {t("form.removeRule")}
                      </Button>
                    </td>
                  </tr>
                  {error && (
                    <tr>
                      <td colSpan={5} data-testid={`rule-${i + 1}-error`} className="pb-2 text-sm text-red-700">
                        {error}
                      </td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      {listError && (
        <p data-testid="rules-error" className="mt-1 text-sm text-red-700">
          {listError}
        </p>
      )}
      <Button type="button" variant="secondary" className="mt-2" onClick={() => append({ ...NEW_RULE })}>
        {t("form.addRule")}
      </Button>
    </fieldset>
  );
}
