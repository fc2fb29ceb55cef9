import type { ReactNode } from "react";

import { GridTable } from "@/components/ui/grid-table";

/** One tab's list: a header row of labels and one row of cells per record, or the tab's empty message. */
export function TabTable({
  testId,
  headers,
  rows,
  empty,
}: {
  testId: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) {
  return (
    <GridTable
      testId={testId}
      columns={headers.length}
      empty={rows.length === 0 ? empty : null}
      head={
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col" className="px-3 py-2 text-left font-semibold">
              {h}
            </th>
          ))}
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.key} className="border-b border-slate-100 last:border-0" data-testid={`${testId}-row`}>
          {r.cells.map((c, i) => (
            <td key={i} className="px-3 py-2">
              {c}
            </td>
          ))}
        </tr>
      ))}
    </GridTable>
  );
}
