"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { searchCompaniesAction } from "@/lib/companies/actions";

type Option = { id: string; label: string };

/**
 * The parent company, chosen by typing part of its name: the server returns at most 20 matches,
 * so the field stays fast however many companies there are.
 */
export function ParentField({ value, label, excludeId, error, onChange }: {
  value: string; label: string; excludeId?: string; error?: string; onChange: (id: string, label: string) => void;
}) {
  const t = useTranslations("companies.form");
  const [text, setText] = useState(label);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      const res = await searchCompaniesAction({ q: text, excludeId });
      if (mine === request.current && res.ok) setOptions(res.data ?? []);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, excludeId]);

  const choose = (o: Option | null) => {
    onChange(o?.id ?? "", o?.label ?? "");
    setText(o?.label ?? "");
    setOpen(false);
  };

  return (
    <Field id="parentId" label={t("parent")} hint={t("parentHint")} error={error}>
      <div className="relative">
        <div className="flex gap-2">
          <input
            id="parentId" type="search" role="combobox" autoComplete="off" value={text} className={inputClass}
            aria-expanded={open} aria-controls="parentId-options" aria-invalid={!!error} aria-describedby={describedBy("parentId", true, !!error)}
            onChange={(e) => { setText(e.target.value); setOpen(true); }}
            onFocus={() => setOpen(true)}
          />
          {value && <button type="button" className="mt-1 text-sm underline" onClick={() => choose(null)}>{t("noParent")}</button>}
        </div>
        {open && options.length > 0 && (
          <ul id="parentId-options" role="listbox" className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow">
            {options.map((o) => (
              <li key={o.id} role="option" aria-selected={o.id === value}
                className="cursor-pointer px-3 py-1.5 text-sm hover:bg-slate-100"
                onMouseDown={(e) => { e.preventDefault(); choose(o); }}>
                {o.label}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Field>
  );
}
