"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import {
  CUSTOMER_ACTIONS,
  CUSTOMER_CAPABILITIES,
  CUSTOMER_ENTITIES,
  CUSTOMER_LEVELS,
} from "@/lib/customer-roles/catalog";
import type { CustomerRoleFormInput, CustomerRoleFormValues } from "@/lib/customer-roles/schema";

type Form = UseFormReturn<CustomerRoleFormInput, unknown, CustomerRoleFormValues>;
const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

/**
 * Oro's permission grid: one row per kind of record, one level per action. The form holds every
 * cell in catalogue order (see `fullMatrix`), so cell (entity e, action a) is entry e * actions + a.
 */
export function PermissionMatrix({ form }: { form: Form }) {
  const t = useTranslations("customerRoles");
  const levels = useTranslations("customerLevels");
  const { register, formState } = form;
  const cellErrors = formState.errors.permissions;
  const capabilityError = formState.errors.capabilities?.message;

  return (
    <>
      {/* min-w-0: a fieldset is as wide as its content by default, and the table scrolls instead */}
      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-slate-800">{t("form.permissions")}</legend>
        <p className="mt-1 text-xs text-slate-600">{t("form.permissionsHint")}</p>
        <div className="relative mt-2 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="permission-matrix">
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1.5 text-left font-semibold">
                  {t("form.entity")}
                </th>
                {CUSTOMER_ACTIONS.map((a) => (
                  <th key={a} scope="col" className="px-2 py-1.5 text-left font-semibold">
                    {t(`permissionActions.${a}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CUSTOMER_ENTITIES.map((entity, e) => (
                <tr key={entity} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-2 py-1.5 text-left font-medium">
                    {t(`entities.${entity}`)}
                  </th>
                  {CUSTOMER_ACTIONS.map((action, a) => {
                    const i = e * CUSTOMER_ACTIONS.length + a;
                    const error = cellErrors?.[i]?.level?.message ?? cellErrors?.[i]?.entity?.message;
                    return (
                      <td key={action} className="px-2 py-1.5">
                        <select
                          {...register(`permissions.${i}.level`)}
                          aria-label={t("form.levelOf", {
                            action: t(`permissionActions.${action}`),
                            entity: t(`entities.${entity}`),
                          })}
                          aria-invalid={!!error}
                          className={selectClass}
                        >
                          {CUSTOMER_LEVELS.map((l) => (
                            <option key={l} value={l}>
                              {levels(l)}
                            </option>
                          ))}
                        </select>
                        {error && (
                          <p className="mt-1 text-xs text-red-700" data-testid={`permissions.${i}-error`}>
                            {error}
                          </p>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("form.capabilities")}</legend>
        <div className="mt-2 grid gap-2 lg:grid-cols-2">
          {CUSTOMER_CAPABILITIES.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={c} {...register("capabilities")} />
              {t(`capabilities.${c}`)}
            </label>
          ))}
        </div>
        {capabilityError && (
          <p className="mt-1 text-sm text-red-700" data-testid="capabilities-error">
            {capabilityError}
          </p>
        )}
      </fieldset>
    </>
  );
}
