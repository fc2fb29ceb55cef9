import "server-only";

import { prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { viewQuery, viewState, type ViewGrid } from "./grids";
import type { SaveGridViewValues } from "./schema";

export type GridView = { id: string; name: string; isDefault: boolean; query: string };

const toView = (v: { id: string; name: string; isDefault: boolean; state: Prisma.JsonValue }): GridView => ({
  id: v.id,
  name: v.name,
  isDefault: v.isDefault,
  query: viewQuery(v.state as Record<string, string | string[]>),
});
const VIEW = { id: true, name: true, isDefault: true, state: true } as const;

/** A staff user's own views of a grid, by name. Every read and write is scoped to the owner in its `where`. */
export async function listGridViews(staffUserId: string, grid: ViewGrid): Promise<GridView[]> {
  const views = await prisma.savedGridView.findMany({
    where: { staffUserId, grid },
    orderBy: { name: "asc" },
    select: VIEW,
  });
  return views.map(toView);
}

/** The view that opens when the grid is opened without any state in its URL. */
export async function defaultGridView(staffUserId: string, grid: ViewGrid): Promise<GridView | null> {
  const view = await prisma.savedGridView.findFirst({ where: { staffUserId, grid, isDefault: true }, select: VIEW });
  return view && toView(view);
}

export async function gridViewOf(staffUserId: string, grid: ViewGrid, id: string): Promise<GridView | null> {
  const view = await prisma.savedGridView.findFirst({ where: { id, staffUserId, grid }, select: VIEW });
  return view && toView(view);
}

/**
 * Saves the grid's state under a name (the same name again replaces it); as the default, it takes
 * that place from the user's other views of the grid in the same transaction.
 */
export async function saveGridView(staffUserId: string, v: SaveGridViewValues): Promise<GridView> {
  return transaction(async (tx) => {
    if (v.isDefault)
      await tx.savedGridView.updateMany({
        where: { staffUserId, grid: v.grid, isDefault: true },
        data: { isDefault: false },
      });
    // the state as the form sent it may still name a position (a hand-made request): never stored
    const state = viewState(v.state);
    const saved = await tx.savedGridView.upsert({
      where: { staffUserId_grid_name: { staffUserId, grid: v.grid, name: v.name } },
      create: { staffUserId, grid: v.grid, name: v.name, state, isDefault: v.isDefault },
      update: { state, isDefault: v.isDefault },
      select: VIEW,
    });
    return toView(saved);
  });
}

/** Deletes one of the user's own views; another's is "not found", as if it did not exist. */
export async function deleteGridView(staffUserId: string, id: string): Promise<void> {
  const { count } = await prisma.savedGridView.deleteMany({ where: { id, staffUserId } });
  if (count === 0) throw new DomainError("notFound");
}
