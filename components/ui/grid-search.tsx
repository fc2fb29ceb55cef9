import type { ReactNode } from "react";

import { inputClass } from "./field";

/** The grid state a filter form keeps: its sort and page size (a new filter starts at page 1). */
export function GridStateFields({
  params,
}: {
  params: { sort: string; dir: string; size: number; cols?: readonly string[] };
}) {
  return (
    <>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <input type="hidden" name="size" value={params.size} />
      {params.cols?.map((c) => (
        <input key={c} type="hidden" name="cols" value={c} />
      ))}
    </>
  );
}

/**
 * The search row of a grid: a GET form, so the state stays in the URL. It keeps the sort and page
 * size and starts again at page 1; `children` adds filters next to the search box.
 */
export function GridSearch({
  base,
  params,
  label,
  button,
  children,
}: {
  base: string;
  params: { q: string; sort: string; dir: string; size: number };
  label: string;
  button: string;
  children?: ReactNode;
}) {
  return (
    <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-3" role="search">
      <GridStateFields params={params} />
      <label className="min-w-56 flex-1 text-sm">
        <span className="font-medium">{label}</span>
        <input name="q" type="search" defaultValue={params.q} className={inputClass} />
      </label>
      {children}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {button}
      </button>
    </form>
  );
}
