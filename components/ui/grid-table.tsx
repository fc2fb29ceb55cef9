import type { ReactNode } from "react";

/**
 * The table of a back-office grid: a card that scrolls sideways when wide, the header row(s), the
 * rows, and the empty-state row spanning every column when there are none.
 */
export function GridTable({
  testId,
  head,
  columns,
  empty,
  children,
}: {
  testId: string;
  head: ReactNode;
  columns: number;
  /** shown instead of rows; null while there are rows */
  empty: string | null;
  children: ReactNode;
}) {
  return (
    // focusable, so a keyboard can scroll a table wider than the screen (WCAG 2.1.1)
    <div className="relative mt-4 overflow-x-auto rounded-lg bg-white shadow" tabIndex={0}>
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead className="border-b border-slate-200 bg-slate-50">{head}</thead>
        <tbody>
          {children}
          {empty !== null && (
            <tr>
              <td colSpan={columns} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
