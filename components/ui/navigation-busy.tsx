"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type FormEvent, type MouseEvent, type ReactNode } from "react";

/** Longest a loading state shows when the navigation it waits for never ends (it went nowhere). */
const GIVE_UP_MS = 15_000;

/** The address a GET form would go to, as the browser builds it. */
function formTarget(form: HTMLFormElement): URL {
  const url = new URL(form.getAttribute("action") || window.location.href, window.location.href);
  url.search = new URLSearchParams(
    [...new FormData(form)].flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
  ).toString();
  return url;
}

/**
 * The client-side navigations a click or a submission inside an element starts: a link of this
 * site to another address (not a new tab, a download or a modified click), or a GET form (not a
 * server action's POST). `start` is called with the address left behind.
 */
export function useNavigationStart(start: () => void) {
  const leaves = (url: URL) =>
    url.origin === window.location.origin &&
    (url.pathname !== window.location.pathname || url.search !== window.location.search);
  return {
    onClickCapture: (e: MouseEvent<HTMLElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element).closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute("download")) return;
      if (leaves(new URL(a.href, window.location.href))) start();
    },
    onSubmitCapture: (e: FormEvent<HTMLElement>) => {
      const form = e.target;
      if (!(form instanceof HTMLFormElement) || form.method !== "get" || form.target) return;
      if (form.getAttribute("action")?.startsWith("javascript:")) return;
      if (leaves(formTarget(form))) start();
    },
  };
}

/** Ends a loading state that waited too long. */
export function useGiveUp(busy: boolean, stop: () => void) {
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(stop, GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [busy, stop]);
}

/**
 * The page's loading state: from a click on a link (the menu, a breadcrumb, a button link) or a GET
 * form until the address changes, a bar runs along the top of the window and screen readers hear
 * "Loading…"; the content says it is busy.
 */
export function NavigationBusy({ label, children }: { label: string; children: ReactNode }) {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  // the address a navigation started from: arriving elsewhere is the end of it
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const busy = startedAt === here;
  const [stop] = useState(() => () => setStartedAt(null));
  useGiveUp(busy, stop);
  const handlers = useNavigationStart(() => setStartedAt(here));
  return (
    <div {...handlers} aria-busy={busy || undefined} className="contents">
      {busy && (
        <div role="status" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-blue-600">
          <span className="sr-only">{label}</span>
        </div>
      )}
      {children}
    </div>
  );
}
