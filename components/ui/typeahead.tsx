"use client";

import { useEffect, useRef, useState } from "react";

import { describedBy, Field, inputClass } from "@/components/ui/field";

export type TypeaheadOption = { id: string; label: string };

/**
 * A field chosen by typing part of a name: the server returns a few matches, so the field stays
 * fast however many records there are. `search` runs 200 ms after the last keystroke; only the
 * newest answer is shown.
 */
export function Typeahead<O extends TypeaheadOption>({
  id,
  label,
  hint,
  error,
  value,
  initialText,
  clearLabel,
  search,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  initialText: string;
  clearLabel: string;
  search: (q: string) => Promise<O[]>;
  onChange: (option: O | null) => void;
}) {
  const [text, setText] = useState(initialText);
  const [options, setOptions] = useState<O[]>([]);
  const [open, setOpen] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      const found = await search(text);
      if (mine === request.current) setOptions(found);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, search]);

  const choose = (o: O | null) => {
    onChange(o);
    setText(o?.label ?? "");
    setOpen(false);
  };

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="relative">
        <div className="flex gap-2">
          <input
            id={id}
            type="search"
            role="combobox"
            autoComplete="off"
            value={text}
            className={inputClass}
            aria-expanded={open}
            aria-controls={`${id}-options`}
            aria-invalid={!!error}
            aria-describedby={describedBy(id, !!hint, !!error)}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
          />
          {value && (
            <button type="button" className="mt-1 shrink-0 text-sm underline" onClick={() => choose(null)}>
              {clearLabel}
            </button>
          )}
        </div>
        {open && options.length > 0 && (
          <ul
            id={`${id}-options`}
            role="listbox"
            className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow"
          >
            {options.map((o) => (
              <li
                key={o.id}
                role="option"
                aria-selected={o.id === value}
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
      </div>
    </Field>
  );
}
