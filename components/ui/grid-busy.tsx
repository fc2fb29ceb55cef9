"use client";

import { useEffect, useState, type FormEvent, type MouseEvent, type ReactNode } from "react";

/** Longest a grid shows itself busy when no new render arrives (a navigation that went nowhere). */
const GIVE_UP_MS = 15_000;

const sameDocument = (url: URL) => url.pathname === window.location.pathname && url.search === window.location.search;

/**
 * A grid's loading state: from the click on one of its links (sort, pager, a row's page) or the
 * submission of one of its GET forms (search, filters) until the server's next render of the grid
 * arrives (`render` changes with every render), the grid says it is busy (`aria-busy`, a status
 * line for screen readers) and dims its rows. Server actions (POST forms), links elsewhere, new tabs
 * and downloads leave it as it is.
 */
export function GridBusy({ render, label, children }: { render: string; label: string; children: ReactNode }) {
  // the render a navigation started from: a new render of the grid is the end of it
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const busy = startedAt === render;
  const setBusy = () => setStartedAt(render);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setStartedAt(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const onClickCapture = (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest?.("a[href]");
    if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute("download")) return;
    const url = new URL(a.href, window.location.href);
    if (url.origin === window.location.origin && !sameDocument(url)) setBusy();
  };
  const onSubmitCapture = (e: FormEvent<HTMLElement>) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || form.method !== "get" || form.target) return;
    const action = form.getAttribute("action");
    if (action && !action.startsWith("javascript:")) setBusy();
  };

  return (
    <div
      aria-busy={busy || undefined}
      data-busy={busy || undefined}
      onClickCapture={onClickCapture}
      onSubmitCapture={onSubmitCapture}
      className="transition-opacity data-busy:cursor-progress data-busy:[&_tbody]:opacity-50"
    >
      {busy && (
        <p role="status" className="sr-only">
          {label}
        </p>
      )}
      {children}
    </div>
  );
}
