"use client";

import { useState, type ReactNode } from "react";

import { useGiveUp, useNavigationStart } from "./navigation-busy";

/**
 * A grid's loading state: from the click on one of its links (sort, pager, a row's page) or the
 * submission of one of its search or filter forms until the server's next render of the grid
 * arrives (`render` changes with every render), the grid says it is busy (`aria-busy`, a status
 * line for screen readers) and dims its rows. Server actions, links elsewhere, new tabs and
 * downloads leave it as it is.
 */
export function GridBusy({ render, label, children }: { render: string; label: string; children: ReactNode }) {
  // the render a navigation started from: a new render of the grid is the end of it
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const busy = startedAt === render;
  const [stop] = useState(() => () => setStartedAt(null));
  useGiveUp(busy, stop);
  const handlers = useNavigationStart(() => setStartedAt(render));
  return (
    <div
      {...handlers}
      aria-busy={busy || undefined}
      data-busy={busy || undefined}
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
