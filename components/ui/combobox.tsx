"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";

import { inputClass } from "./field";

export type ComboboxOption = { id: string; label: string };

/**
 * The WAI-ARIA combobox pattern over server matches: typing searches (200 ms after the last
 * keystroke, only the newest answer shown), Down/Up move through the options
 * (aria-activedescendant, focus stays in the field), Enter picks, Escape closes the list and then
 * clears the text, a click picks too. What is picked is reported, so react-hook-form or a parent
 * holds the value.
 */
export function ComboboxInput<O extends ComboboxOption>({
  id,
  value,
  initialText,
  search,
  onChoose,
  onType,
  invalid,
  describedBy,
  listClass = "w-full",
}: {
  id: string;
  value: string;
  initialText: string;
  search: (q: string) => Promise<O[]>;
  onChoose: (option: O) => void;
  /** the text changed: the value picked before no longer matches it */
  onType?: (text: string) => void;
  invalid?: boolean;
  describedBy?: string;
  listClass?: string;
}) {
  const [text, setText] = useState(initialText);
  const [options, setOptions] = useState<O[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);
  const listId = `${id}-options`;

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      const found = await search(text);
      if (mine !== request.current) return;
      setOptions(found);
      setActive(-1);
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, search]);

  const choose = (o: O) => {
    onChoose(o);
    setText(o.label);
    setOpen(false);
    setActive(-1);
  };
  const shown = open && options.length > 0;
  const move = (by: number) => {
    if (!open) return setOpen(true);
    if (options.length === 0) return;
    setActive((a) => (a + by + options.length) % options.length);
  };
  const keys: Record<string, (e: KeyboardEvent) => void> = {
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    Home: () => shown && setActive(0),
    End: () => shown && setActive(options.length - 1),
    Enter: (e) => {
      const picked = shown ? options[active] : undefined;
      if (!picked) return;
      e.preventDefault();
      choose(picked);
    },
    Escape: () => {
      if (shown) setOpen(false);
      else if (text) {
        setText("");
        onType?.("");
      }
    },
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const handler = keys[e.key];
    if (!handler) return;
    if (e.key !== "Enter") e.preventDefault();
    handler(e);
  };

  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        value={text}
        className={inputClass}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={!!invalid}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          onType?.(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        hidden={!shown}
        className={`absolute z-30 mt-1 max-h-64 overflow-auto rounded-md border border-slate-300 bg-white shadow ${listClass}`}
      >
        {shown &&
          options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active || (active < 0 && o.id === value)}
              className={`cursor-pointer px-3 py-1.5 text-sm hover:bg-slate-100 ${i === active ? "bg-slate-200" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.label}
            </li>
          ))}
      </ul>
    </div>
  );
}
