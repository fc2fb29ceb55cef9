"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { describedBy, inputClass } from "@/components/ui/field";
import { searchCompaniesAction } from "@/lib/companies/staff-actions";

type Option = { id: string; label: string };
type Owner = "predefined" | "company";

/**
 * Who a storefront role is for: every company (predefined) or one company, found by typing part of
 * its name. The server returns at most 20 matches, so the field stays fast however many companies there are.
 */
export function OwnerField({
  owner,
  companyId,
  companyLabel,
  error,
  disabled,
  denied,
  onChange,
}: {
  owner: Owner;
  companyId: string;
  companyLabel: string;
  error?: string;
  disabled?: boolean;
  denied?: string;
  onChange: (owner: Owner, companyId: string) => void;
}) {
  const t = useTranslations("customerRoles.form");
  const [text, setText] = useState(companyLabel);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (!open || denied) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      const res = await searchCompaniesAction({ q: text });
      if (mine === request.current && res.ok) setOptions(res.data ?? []);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, denied]);

  const choose = (o: Option) => {
    onChange("company", o.id);
    setText(o.label);
    setOpen(false);
  };
  const radio = (value: Owner) => (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name="owner"
        value={value}
        checked={owner === value}
        onChange={() => onChange(value, companyId)}
      />
      {t(value === "predefined" ? "ownerPredefined" : "ownerCompany")}
    </label>
  );

  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">{t("owner")}</legend>
      {radio("predefined")}
      {radio("company")}
      {owner === "company" && denied && (
        <p className="pl-6 text-sm text-slate-500" data-testid="no-access">
          {denied}
        </p>
      )}
      {owner === "company" && !denied && (
        <div className="relative pl-6">
          <label htmlFor="companyId" className="block text-sm font-medium text-slate-800">
            {t("company")}
          </label>
          <input
            id="companyId"
            type="search"
            role="combobox"
            autoComplete="off"
            value={text}
            className={inputClass}
            aria-expanded={open}
            aria-controls="companyId-options"
            aria-invalid={!!error}
            aria-describedby={describedBy("companyId", true, !!error)}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              if (companyId) onChange("company", "");
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
          />
          {open && options.length > 0 && (
            <ul
              id="companyId-options"
              role="listbox"
              className="absolute right-0 left-6 z-10 mt-1 max-h-64 overflow-auto rounded-md border border-slate-300 bg-white shadow"
            >
              {options.map((o) => (
                <li
                  key={o.id}
                  role="option"
                  aria-selected={o.id === companyId}
                  className="cursor-pointer px-3 py-1.5 text-sm hover:bg-slate-100"
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(o);
                  }}
                >
                  {o.label}
                </li>
              ))}
            </ul>
          )}
          <p id="companyId-hint" className="mt-1 text-xs text-slate-500">
            {t("companyHint")}
          </p>
        </div>
      )}
      {error && (
        <p id="companyId-error" data-testid="companyId-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
