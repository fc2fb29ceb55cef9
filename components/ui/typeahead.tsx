"use client";

import { useState } from "react";

import { ComboboxInput, type ComboboxOption } from "./combobox";
import { describedBy, Field } from "./field";

export type TypeaheadOption = ComboboxOption;

/**
 * A field chosen by typing part of a name: the server returns a few matches, so the field stays
 * fast however many records there are; a combobox the keyboard drives (see ComboboxInput), with a
 * button that clears the choice.
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
  // a new key remounts the field empty when the choice is cleared
  const [generation, setGeneration] = useState(0);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">
          <ComboboxInput
            key={generation}
            id={id}
            value={value}
            initialText={generation === 0 ? initialText : ""}
            search={search}
            onChoose={onChange}
            invalid={!!error}
            describedBy={describedBy(id, !!hint, !!error)}
          />
        </div>
        {value && (
          <button
            type="button"
            className="mt-1 shrink-0 text-sm underline"
            onClick={() => {
              onChange(null);
              setGeneration((g) => g + 1);
            }}
          >
            {clearLabel}
          </button>
        )}
      </div>
    </Field>
  );
}
