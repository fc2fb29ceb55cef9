"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

import type { GrantOption } from "@/lib/acl/holdings";

type Props = {
  legend: string;
  empty: string;
  options: GrantOption[];
  /** `register("groupIds")` or `register("roleIds")`, spread on every option the person may change */
  field: UseFormRegisterReturn;
  /** the ids assigned now: an option the person may not change keeps its state */
  assigned: readonly string[];
  /** why an option is not the person's to grant, for the permission it names */
  reason: (permission: string) => string;
  /** why none of the options may be changed (one's own groups), shown once above them */
  lockedAll?: string;
  error?: string;
};

const lockedIds = (options: GrantOption[], lockedAll: boolean) =>
  new Set(options.filter((o) => lockedAll || o.notHeld).map((o) => o.id));

/**
 * The ids to submit: the chosen ones the person may change, and the locked ones as assigned now.
 * Disabled checkboxes are not registered, so the form's value may lack them (or, untouched, still
 * hold its defaults); the server then sees the locked ones unchanged.
 */
export function withLockedKept(
  options: GrantOption[],
  chosen: readonly string[],
  assigned: readonly string[],
  lockedAll = false,
): string[] {
  const locked = lockedIds(options, lockedAll);
  return [...new Set([...chosen.filter((id) => !locked.has(id)), ...assigned.filter((id) => locked.has(id))])];
}

/**
 * The checkboxes assigning groups to a user or roles to a group. What the signed-in person may not
 * grant is shown disabled with the reason; the server refuses it anyway, this only says so first.
 */
export function GrantChecklist({ legend, empty, options, field, assigned, reason, lockedAll, error }: Props) {
  const locked = lockedIds(options, Boolean(lockedAll));
  return (
    <fieldset aria-describedby={lockedAll ? `${field.name}-locked` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {lockedAll && (
        <p id={`${field.name}-locked`} data-testid={`${field.name}-locked`} className="mt-1 text-xs text-slate-600">
          {lockedAll}
        </p>
      )}
      {options.length === 0 && <p className="text-sm text-slate-600">{empty}</p>}
      <div className="mt-1 grid gap-1 lg:grid-cols-2">
        {options.map((o) => {
          const why = !lockedAll && o.notHeld ? reason(o.notHeld) : null;
          const reasonId = `${field.name}-${o.id}-reason`;
          return locked.has(o.id) ? (
            <div key={o.id} className="text-sm text-slate-600">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  value={o.id}
                  disabled
                  defaultChecked={assigned.includes(o.id)}
                  aria-describedby={why ? reasonId : undefined}
                />
                {o.name}
              </label>
              {why && (
                <p id={reasonId} data-testid="grant-locked-reason" className="ml-6 text-xs">
                  {why}
                </p>
              )}
            </div>
          ) : (
            <label key={o.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={o.id} {...field} />
              {o.name}
            </label>
          );
        })}
      </div>
      {error && (
        <p data-testid={`${field.name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
