import "server-only";
import { redirect } from "next/navigation";
import { pastEndPage } from "./params";

/**
 * Every pager calls this before it renders: a page past the end of the list (an old bookmark, a
 * list that shrank, a hand-typed `?page=99`) is sent to the last page instead of an empty page
 * reading "11-5 of 5".
 */
export function clampPage(page: number, total: number, size: number, href: (page: number) => string): void {
  const last = pastEndPage(page, total, size);
  if (last !== undefined) redirect(href(last));
}
