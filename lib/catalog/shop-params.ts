type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The product wall's URL state: a search text and a page number, both bounded. */
export function parseShopParams(raw: Raw): { q: string; page: number } {
  const page = Math.floor(Number(first(raw.page)));
  return {
    q: first(raw.q).trim().slice(0, 200),
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
