/** URL state of a back-office grid. Sort keys are whitelisted: a URL can never name another column. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortDir = "asc" | "desc";

export type GridParams<S extends string, F extends string = never> = {
  q: string;
  sort: S;
  dir: SortDir;
  page: number;
  size: PageSize;
  filters: Partial<Record<F, string>>;
  /** the columns chosen in the grid's column chooser, when it has one and they differ from its default */
  cols?: readonly string[];
};

type RawParams = Record<string, string | string[] | undefined>;

/**
 * How a filter's URL value is accepted: a whitelist of values, or a function that returns the
 * normalised value (for free text and dates), or undefined to drop it.
 */
export type FilterSpec = readonly string[] | ((value: string) => string | undefined);

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseGridParams<S extends string, F extends string = never>(
  raw: RawParams,
  opts: { sorts: readonly S[]; defaultSort: S; defaultDir?: SortDir; filters?: Record<F, FilterSpec> },
): GridParams<S, F> {
  const sort = opts.sorts.find((s) => s === first(raw.sort)) ?? opts.defaultSort;
  const dirRaw = first(raw.dir);
  const dir: SortDir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : (opts.defaultDir ?? "asc");
  const sizeNum = Number(first(raw.size));
  const size = PAGE_SIZES.find((s) => s === sizeNum) ?? 25;
  const pageNum = Math.floor(Number(first(raw.page)));
  const page = Number.isFinite(pageNum) && pageNum >= 1 && pageNum <= 100_000 ? pageNum : 1;
  const filters: Partial<Record<F, string>> = {};
  for (const [key, spec] of Object.entries(opts.filters ?? {}) as [F, FilterSpec][]) {
    const value = first(raw[key]);
    const accepted =
      typeof spec === "function" ? (value ? spec(value) : undefined) : spec.includes(value) ? value : undefined;
    if (accepted) filters[key] = accepted;
  }
  return { q: first(raw.q).trim().slice(0, 200), sort, dir, page, size, filters };
}

/** The query string for the same grid with some state changed; defaults are left out of the URL. */
export function gridHref<S extends string, F extends string>(
  base: string,
  params: GridParams<S, F>,
  change: Partial<Omit<GridParams<S, F>, "filters">> & { filters?: Partial<Record<F, string>> } = {},
): string {
  const next = { ...params, ...change, filters: { ...params.filters, ...change.filters } };
  const qs = new URLSearchParams();
  if (next.q) qs.set("q", next.q);
  for (const [k, v] of Object.entries(next.filters)) if (v) qs.set(k, String(v));
  qs.set("sort", next.sort);
  qs.set("dir", next.dir);
  if (next.page > 1) qs.set("page", String(next.page));
  if (next.size !== 25) qs.set("size", String(next.size));
  for (const c of next.cols ?? []) qs.append("cols", c);
  return `${base}?${qs.toString()}`;
}

/**
 * The columns a URL chooses (`cols`, repeated or comma-separated) among the grid's optional ones,
 * in the grid's order; none chosen, or none known, means the default set.
 */
export function parseColumns<C extends string>(
  raw: RawParams,
  all: readonly C[],
  defaults: readonly C[],
): { visible: readonly C[]; cols?: readonly C[] } {
  const asked = new Set((Array.isArray(raw.cols) ? raw.cols : [raw.cols ?? ""]).flatMap((v) => v.split(",")));
  const chosen = all.filter((c) => asked.has(c));
  return chosen.length === 0 ? { visible: defaults } : { visible: chosen, cols: chosen };
}
