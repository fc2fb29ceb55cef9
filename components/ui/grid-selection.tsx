"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

type Selection = {
  /** the rows of this page */
  pageIds: string[];
  /** every row the grid's filters match, over all pages */
  total: number;
  /** the grid's count stopped at `total`: more rows match */
  more: boolean;
  selected: ReadonlySet<string>;
  /** "every row matching the filters" rather than the ticked ones */
  allMatching: boolean;
  toggle: (id: string, on: boolean) => void;
  togglePage: (on: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

/** The grid's selection, or null outside a selectable grid. */
export function useGridSelection(): Selection | null {
  return useContext(SelectionContext);
}

/**
 * Which rows of a grid are ticked for a bulk action: some of this page, the whole page, or every
 * row the filters match. Changing page or filters renders a new provider, which starts empty.
 */
export function GridSelection({
  pageIds,
  total,
  more = false,
  children,
}: {
  pageIds: string[];
  total: number;
  more?: boolean;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const value = useMemo<Selection>(
    () => ({
      pageIds,
      total,
      more,
      selected,
      allMatching,
      toggle: (id, on) => {
        setAllMatching(false);
        setSelected((s) => {
          const next = new Set(s);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        });
      },
      togglePage: (on) => {
        setAllMatching(false);
        setSelected(on ? new Set(pageIds) : new Set());
      },
      selectAllMatching: () => {
        setSelected(new Set(pageIds));
        setAllMatching(true);
      },
      clear: () => {
        setAllMatching(false);
        setSelected(new Set());
      },
    }),
    [pageIds, total, more, selected, allMatching],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

const BOX = "size-4 align-middle";

/** The header's box: ticks or clears every row of this page. */
export function SelectPageCheckbox({ label }: { label: string }) {
  const s = useGridSelection();
  if (!s) return null;
  const all = s.pageIds.length > 0 && s.pageIds.every((id) => s.selected.has(id));
  return (
    <input
      type="checkbox"
      className={BOX}
      aria-label={label}
      data-testid="select-page"
      checked={all}
      disabled={s.pageIds.length === 0}
      onChange={(e) => s.togglePage(e.target.checked)}
    />
  );
}

/** A row's box, named by the row (e.g. the user's name) for screen readers. */
export function SelectRowCheckbox({ id, label }: { id: string; label: string }) {
  const s = useGridSelection();
  if (!s) return null;
  return (
    <input
      type="checkbox"
      className={BOX}
      aria-label={label}
      data-testid="select-row"
      checked={s.selected.has(id)}
      onChange={(e) => s.toggle(id, e.target.checked)}
    />
  );
}
