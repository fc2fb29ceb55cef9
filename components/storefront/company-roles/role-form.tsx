"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { applyServerErrors } from "@/components/ui/server-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  CUSTOMER_ACTIONS,
  CUSTOMER_CAPABILITIES,
  CUSTOMER_ENTITIES,
  CUSTOMER_LEVELS,
} from "@/lib/customer-roles/catalog";
import {
  accountRoleFormSchema,
  type AccountRoleFormInput,
  type AccountRoleFormValues,
} from "@/lib/shop-company-roles/schema";
import { createAccountRoleAction, updateAccountRoleAction } from "@/lib/shop-company-roles/shop-actions";

/**
 * The permission matrix (every entity × action, in catalogue order, as `defaults.permissions` lists
 * it) and the capabilities. `readOnly` shows a predefined or shop-managed role without a way to save.
 */
export function AccountRoleForm({
  id,
  defaults,
  readOnly = false,
}: {
  id?: string;
  defaults: AccountRoleFormInput;
  readOnly?: boolean;
}) {
  const t = useTranslations();
  const r = (k: string) => t(`shop.accountRoles.${k}`);
  const levels = (l: string) => t(`customerLevels.${l}`);
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    AccountRoleFormInput,
    unknown,
    AccountRoleFormValues
  >({
    resolver: zodResolver(accountRoleFormSchema(t)),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const values = getValues();
    const res = id ? await updateAccountRoleAction({ id, values }) : await createAccountRoleAction(values);
    if (res.ok) return;
    setFormError(applyServerErrors(res, setError));
  });

  return (
    <form onSubmit={onSubmit} noValidate data-hydrated={hydrated} data-testid="account-role-form" className="space-y-6">
      {formError && (
        <Notice tone="error" testId="form-error">
          {formError}
        </Notice>
      )}
      <Field id="name" label={r("fields.name")} error={errors.name?.message}>
        <input
          id="name"
          type="text"
          disabled={readOnly}
          {...register("name")}
          className={inputClass}
          aria-invalid={!!errors.name}
        />
      </Field>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="text-left font-medium">{r("fields.permissions")}</caption>
          <thead>
            <tr>
              <th className="py-1 pr-2">{r("fields.entity")}</th>
              {CUSTOMER_ACTIONS.map((a) => (
                <th key={a} className="py-1 pr-2">
                  {r(`actions.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CUSTOMER_ENTITIES.map((entity, e) => (
              <tr key={entity} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {r(`entities.${entity}`)}
                </th>
                {CUSTOMER_ACTIONS.map((action, a) => {
                  const i = e * CUSTOMER_ACTIONS.length + a;
                  const error = errors.permissions?.[i]?.level?.message;
                  return (
                    <td key={action} className="py-1 pr-2">
                      <select
                        aria-label={`${r(`entities.${entity}`)}: ${r(`actions.${action}`)}`}
                        disabled={readOnly}
                        {...register(`permissions.${i}.level`)}
                        className="rounded border border-slate-300 px-1 py-0.5 text-xs aria-[invalid=true]:border-red-600"
                        aria-invalid={!!error}
                      >
                        {CUSTOMER_LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {levels(l)}
                          </option>
                        ))}
                      </select>
                      {error && (
                        <p data-testid={`permissions.${i}.level-error`} className="text-xs text-red-700">
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
      <fieldset>
        <legend className="text-sm font-medium">{r("fields.capabilities")}</legend>
        {CUSTOMER_CAPABILITIES.map((c) => (
          <label key={c} className="mr-4 inline-flex items-center gap-2 text-sm">
            <input type="checkbox" value={c} disabled={readOnly} {...register("capabilities")} />
            {r(`capabilities.${c}`)}
          </label>
        ))}
        {errors.capabilities?.message && (
          <p data-testid="capabilities-error" className="mt-1 text-sm text-red-700">
            {errors.capabilities.message}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2">
        {!readOnly && (
          <Button type="submit" disabled={formState.isSubmitting}>
            {r("save")}
          </Button>
        )}
        <ButtonLink variant="secondary" href="/account/roles">
          {r("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
