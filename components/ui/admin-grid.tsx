import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";

import { gridHref, type GridParams, type PageSize, type SortDir } from "@/lib/grid/params";

import { ButtonLink } from "./button";
import { ColumnChooser } from "./column-chooser";
import { GridBusy } from "./grid-busy";
import { GridSearch } from "./grid-search";
import { SelectPageCheckbox, SelectRowCheckbox } from "./grid-selection";
import { GridTable } from "./grid-table";
import { Notice } from "./notice";
import { Pagination } from "./pagination";
import { SortHeader } from "./sort-header";

/**
 * A column's header, labelled by the grid's `columns.<key>`: a link that sorts the grid by `sort`
 * when it has one, a plain label otherwise.
 */
export type GridHeader<S extends string = string> = {
  key: string;
  sort?: S;
  /** false leaves the column out, header and cells (a column the viewer may not see) */
  show?: boolean;
};

/** A column: its header, and what each row shows in it. */
export type GridColumn<R, S extends string = string> = GridHeader<S> & {
  cell: (row: R) => ReactNode;
  testId?: string;
  className?: string;
};

/**
 * One thing a viewer may do from a row. `allowed` is decided once per page, the same for every row;
 * `only` narrows it to the rows it applies to (nothing to delete in a deleted user).
 */
export type RowAction<R> = { allowed: boolean; only?: (row: R) => boolean; render: (row: R) => ReactNode };

/** The usual row action: a link to the record's edit / delete / ... page, found by its id. */
export function linkAction(
  allowed: boolean,
  label: string,
  href: (id: string) => string,
  tone?: "danger",
): RowAction<{ id: string }> {
  return {
    allowed,
    render: (row) => (
      <Link className={tone === "danger" ? "text-red-700 underline" : "underline"} href={href(row.id)}>
        {label}
      </Link>
    ),
  };
}

/** What a header or pager link changes in the grid's URL state. */
export type GridChange<S extends string> = { sort?: S; dir?: SortDir; page?: number; size?: PageSize };

/** The rows come from `columns`' cells and `actions`, or, already rendered, from `body`. */
type Rows<R, S extends string> =
  | { columns: GridColumn<R, S>[]; actions?: RowAction<R>[]; rowTestId: string; body?: undefined }
  | { columns: GridHeader<S>[]; actions: boolean; rowTestId?: undefined; body: ReactNode };

/**
 * The URL state. A grid of `base` whose links keep its search, filters and sort; or one that builds
 * its own pager links (`href`); or, without either, one page with no sorting.
 */
type Paging<S extends string> =
  | { base: string; params: GridParams<S, string>; href?: undefined; total?: number }
  | {
      base?: string;
      params: { page: number; size: PageSize; sort?: undefined; dir?: undefined };
      href: (change: GridChange<S>) => string;
      total: number;
    }
  | { base?: string; params?: undefined; href?: undefined; total?: undefined };

type Props<R, S extends string> = Rows<R, S> &
  Paging<S> & {
    /** the grid's translations: title, addNew, searchLabel, searchButton, empty, notice.*, columns.* */
    t: (key: string) => string;
    intro?: string;
    /** whether the viewer may create: the "Add new" button, to `${base}/new` */
    create?: boolean;
    /** the notice the last change left in the URL, shown when it is one of `notices` */
    notice?: string;
    notices?: readonly string[];
    /** the search box, with these filter fields beside it (true: the box alone) */
    search?: ReactNode;
    /** a grid's own filter form, instead of the search box */
    filters?: ReactNode;
    testId: string;
    rows: R[];
    /** more header rows under the labels (column filters) */
    filterRow?: ReactNode;
    /** a log: cells align to the top, headers don't wrap */
    layout?: "log";
    /** a grid that is a section of a record's page, under the page's own h1 */
    section?: boolean;
    /** beside the title, in place of "Add new": a button that opens a dialog, or why it is not offered */
    toolbar?: ReactNode;
    /** the count stopped at `total`: there are more */
    more?: boolean;
    /** the next page's URL when it is not the page number's (one with a keyset cursor) */
    nextHref?: string;
    /**
     * a first column of boxes that select rows for a bulk action, inside a GridSelection; `rowLabel`
     * names each row's box (a `body` renders its own SelectRowCheckbox cells)
     */
    selectable?: { pageLabel: string; rowLabel?: (row: R) => string };
    /** a column chooser over these column keys (labelled by `columns.<key>`), the `visible` ones ticked */
    chooser?: { keys: readonly string[]; visible: readonly string[] };
    /** the viewer's saved views of this grid, beside the column chooser */
    views?: ReactNode;
  };

const NOTICES = ["created", "updated", "deleted"];

/**
 * How a header or pager link is built: the grid's own way, or the same grid with some state changed;
 * and the state a search keeps, when the grid has it.
 */
function urlState<S extends string>(
  paging: Paging<S>,
): { href?: (change: GridChange<S>) => string; searchable?: { base: string; params: GridParams<S, string> } } {
  if (paging.href) return { href: paging.href };
  if (!paging.params || paging.base === undefined) return {};
  const { base, params } = paging;
  return { href: (change) => gridHref(base, params, change), searchable: { base, params } };
}

/**
 * A back-office grid from column definitions: title and "Add new", the notice, the search form,
 * the table with its sort links and empty state, the Actions column, the pager. The data is fetched
 * by the grid that uses this; the URL state is the grid's, read and written by `lib/grid/params`.
 */
export async function AdminGrid<R extends { id: string }, S extends string = string>(props: Props<R, S>) {
  const {
    t,
    intro,
    create,
    notice,
    notices = NOTICES,
    search,
    filters,
    testId,
    rows,
    filterRow,
    layout,
    base,
    params,
    total,
    section,
    toolbar,
    selectable,
    chooser,
    views,
  } = props;
  const [tc, tg] = await Promise.all([getTranslations("common"), getTranslations("grid")]);
  const { href, searchable } = urlState(props);
  const columns: GridHeader<S>[] = props.columns.filter((c: GridHeader<S>) => c.show !== false);
  // a viewer who may do nothing from a row gets no Actions column rather than an empty one
  const actions = Array.isArray(props.actions) ? props.actions.filter((a) => a.allowed) : [];
  const hasActions = props.body === undefined ? actions.length > 0 : props.actions;
  const th = `px-3 py-2 text-left font-semibold${layout === "log" ? " whitespace-nowrap" : ""}`;
  const td = `px-3 py-2${layout === "log" ? " align-top" : ""}`;
  const header = (c: GridHeader<S>) => {
    const label = t(`columns.${c.key}`);
    if (!c.sort || !params?.dir || !href)
      return (
        <th key={c.key} scope="col" className={th}>
          {label}
        </th>
      );
    const active = params.sort === c.sort;
    const flip = active && params.dir === "asc" ? "desc" : "asc";
    return (
      <SortHeader
        key={c.key}
        label={label}
        active={active}
        dir={params.dir}
        href={href({ sort: c.sort, dir: flip, page: 1 })}
      />
    );
  };

  const Heading = section ? "h2" : "h1";
  return (
    // every render is a new token: the end of the navigation a click in the grid started
    <GridBusy render={randomUUID()} label={tc("loading")}>
      <section>
        <div className="flex items-center justify-between">
          <Heading className={section ? "text-lg font-semibold" : "text-2xl font-semibold"}>{t("title")}</Heading>
          <div className="flex flex-wrap items-center gap-2">
            {views}
            {chooser && searchable && (
              <ColumnChooser
                base={searchable.base}
                params={searchable.params}
                columns={chooser.keys.map((key) => ({ key, label: t(`columns.${key}`) }))}
                visible={chooser.visible}
                title={tg("columnsTitle")}
                apply={tg("columnsApply")}
              />
            )}
            {create && base && <ButtonLink href={`${base}/new`}>{t("addNew")}</ButtonLink>}
            {toolbar}
          </div>
        </div>
        {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        {notice && notices.includes(notice) && (
          <div className="mt-4">
            <Notice tone="success">{t(`notice.${notice}`)}</Notice>
          </div>
        )}
        {search && searchable && (
          <GridSearch
            base={searchable.base}
            params={searchable.params}
            label={t("searchLabel")}
            button={t("searchButton")}
          >
            {search !== true && search}
          </GridSearch>
        )}
        {filters}
        <GridTable
          testId={testId}
          columns={columns.length + (hasActions ? 1 : 0) + (selectable ? 1 : 0)}
          empty={rows.length === 0 ? t("empty") : null}
          head={
            <>
              <tr>
                {selectable && (
                  <th scope="col" className={`${th} w-8`}>
                    <SelectPageCheckbox label={selectable.pageLabel} />
                  </th>
                )}
                {columns.map(header)}
                {hasActions && (
                  <th scope="col" className={th}>
                    {tc("actions")}
                  </th>
                )}
              </tr>
              {filterRow}
            </>
          }
        >
          {props.body ??
            rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 last:border-0" data-testid={props.rowTestId}>
                {selectable && (
                  <td className={td}>
                    <SelectRowCheckbox id={row.id} label={selectable.rowLabel?.(row) ?? row.id} />
                  </td>
                )}
                {(columns as GridColumn<R, S>[]).map((c) => (
                  <td key={c.key} className={c.className ? `${td} ${c.className}` : td} data-testid={c.testId}>
                    {c.cell(row)}
                  </td>
                ))}
                {hasActions && (
                  <td className={td}>
                    <div className="flex flex-wrap gap-3">
                      {actions.map((a, i) => (!a.only || a.only(row)) && <Fragment key={i}>{a.render(row)}</Fragment>)}
                    </div>
                  </td>
                )}
              </tr>
            ))}
        </GridTable>
        {total !== undefined && params && href && (
          <Pagination
            page={params.page}
            size={params.size}
            total={total}
            more={props.more}
            next={props.nextHref}
            href={href}
          />
        )}
      </section>
    </GridBusy>
  );
}
