import { redirect } from "next/navigation";

/** How many pages `total` rows fill at `size` a page; an empty list is one (empty) page. */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/**
 * The pagers call this while rendering: a page past the last one (a bookmark of a list that has
 * shrunk, a typed `?page=99`) sends the browser to the last page instead of showing "11–5 of 5".
 * Returns the number of pages.
 */
export function lastPageOrRedirect(
  page: number,
  total: number,
  size: number,
  hrefOf: (page: number) => string,
): number {
  const pages = pageCount(total, size);
  if (page > pages) redirect(hrefOf(pages));
  return pages;
}
