"use client";

import { GridStateFields } from "./grid-search";

/**
 * Which columns a grid shows, as a GET form that keeps the rest of the grid's state: the choice is
 * part of the URL (`cols`), so it is bookmarked, shared and saved in a view like any filter. A client
 * component so that a grid request sends the column list, not the form.
 */
export function ColumnChooser({
  base,
  params,
  columns,
  visible,
  title,
  apply,
}: {
  base: string;
  params: { q: string; sort: string; dir: string; size: number; filters: Record<string, string | undefined> };
  columns: { key: string; label: string }[];
  visible: readonly string[];
  title: string;
  apply: string;
}) {
  return (
    <details className="relative text-sm" data-testid="column-chooser">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5">{title}</summary>
      <form
        method="get"
        action={base}
        className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
      >
        <GridStateFields params={{ ...params, cols: undefined }} />
        {params.q && <input type="hidden" name="q" value={params.q} />}
        {Object.entries(params.filters).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
        <fieldset>
          <legend className="sr-only">{title}</legend>
          {columns.map((c) => (
            <label key={c.key} className="flex items-center gap-2 py-0.5">
              <input type="checkbox" name="cols" value={c.key} defaultChecked={visible.includes(c.key)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5">
          {apply}
        </button>
      </form>
    </details>
  );
}
