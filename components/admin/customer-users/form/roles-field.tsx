"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { RoleOption } from "@/lib/customer-users/form-data";
import { assignableRolesAction } from "@/lib/customer-users/staff-actions";

import type { CustomerUserForm } from "./types";

/** The predefined roles and the chosen company's own; the list follows the company field. */
export function RolesField({
  form,
  companyId,
  initial,
}: {
  form: CustomerUserForm;
  companyId: string;
  initial: RoleOption[];
}) {
  const t = useTranslations("customerUsers.form");
  const [roles, setRoles] = useState(initial);
  const {
    watch,
    setValue,
    getValues,
    formState: { errors, isSubmitted },
  } = form;
  const error = errors.roleIds?.message ?? errors.roleIds?.root?.message;
  const selected = watch("roleIds") ?? [];
  // controlled by hand: a lone checkbox registered by name would yield a string, not a list
  const toggle = (id: string, on: boolean) =>
    setValue("roleIds", on ? [...selected, id] : selected.filter((s) => s !== id), {
      shouldDirty: true,
      shouldValidate: isSubmitted,
    });

  useEffect(() => {
    let current = true;
    assignableRolesAction({ companyId }).then((res) => {
      if (!current || !res.ok) return;
      const next = res.data ?? [];
      setRoles(next);
      // another company's own roles cannot stay selected
      const offered = new Set(next.map((r) => r.id));
      const kept = (getValues("roleIds") ?? []).filter((id) => offered.has(id));
      if (kept.length !== (getValues("roleIds") ?? []).length) setValue("roleIds", kept, { shouldDirty: true });
    });
    return () => {
      current = false;
    };
  }, [companyId, getValues, setValue]);

  return (
    <div role="group" aria-labelledby="roleIds-label" aria-describedby={error ? "roleIds-error" : "roleIds-hint"}>
      <p id="roleIds-label" className="text-sm font-medium text-slate-800">
        {t("roles")}
      </p>
      <p id="roleIds-hint" className="mt-1 text-xs text-slate-600">
        {t("rolesHint")}
      </p>
      <ul className="mt-2 space-y-1">
        {roles.map((r) => (
          <li key={r.id}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="roleIds"
                value={r.id}
                checked={selected.includes(r.id)}
                onChange={(e) => toggle(r.id, e.target.checked)}
              />
              {r.name}
              <span className="text-xs text-slate-600">{t(r.companyOwned ? "roleCompany" : "rolePredefined")}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id="roleIds-error" data-testid="roleIds-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
