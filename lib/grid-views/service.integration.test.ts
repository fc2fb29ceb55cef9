import { describe, expect, it } from "vitest";

import { DomainError } from "@/lib/errors";
import { makeStaff } from "@/tests/staff-fixtures";

import { viewState } from "./grids";
import { defaultGridView, deleteGridView, gridViewOf, listGridViews, saveGridView } from "./service";

const GRID = "customer-users" as const;
const state = (email: string) =>
  viewState({ email, sort: "createdAt", dir: "desc", size: "50", cols: ["id", "email"], page: "3", after: "c" });

describe("saved grid views", () => {
  it("keeps a user's views by name, with one default, and restores the grid's URL state without the page", async () => {
    const me = await makeStaff();
    await saveGridView(me.id, { grid: GRID, name: "Northwind", state: state("northwind"), isDefault: true });
    const recent = await saveGridView(me.id, { grid: GRID, name: "Recent", state: state("x"), isDefault: false });
    const query = new URLSearchParams((await defaultGridView(me.id, GRID))?.query);
    expect([...query].sort()).toEqual(
      [
        ["email", "northwind"],
        ["sort", "createdAt"],
        ["dir", "desc"],
        ["size", "50"],
        ["cols", "id"],
        ["cols", "email"],
      ].sort(),
    );
    // the same name replaces the view; making it the default takes that place from the other
    await saveGridView(me.id, { grid: GRID, name: "Recent", state: state("y"), isDefault: true });
    expect(await listGridViews(me.id, GRID)).toEqual([
      expect.objectContaining({ name: "Northwind", isDefault: false }),
      expect.objectContaining({
        id: recent.id,
        name: "Recent",
        isDefault: true,
        query: expect.stringContaining("email=y"),
      }),
    ]);
    await deleteGridView(me.id, recent.id);
    expect(await defaultGridView(me.id, GRID)).toBeNull();
  });

  it("lets nobody read, apply or delete another staff user's views", async () => {
    const [owner, other] = [await makeStaff(), await makeStaff()];
    const view = await saveGridView(owner.id, { grid: GRID, name: "Mine", state: state("secret"), isDefault: true });
    expect(await listGridViews(other.id, GRID)).toEqual([]);
    expect(await defaultGridView(other.id, GRID)).toBeNull();
    expect(await gridViewOf(other.id, GRID, view.id)).toBeNull();
    await expect(deleteGridView(other.id, view.id)).rejects.toEqual(new DomainError("notFound"));
    expect(await gridViewOf(owner.id, GRID, view.id)).toMatchObject({ name: "Mine" });
  });

  it("stores no position even when the request names one, so a view opens on its first page", async () => {
    const me = await makeStaff();
    const saved = await saveGridView(me.id, {
      grid: GRID,
      name: "Page two",
      state: { email: "north", page: "2", after: "eyJrIjoiYSJ9", view: "other", notice: "x" },
      isDefault: false,
    });
    expect(saved.query).toBe("email=north");
    expect((await gridViewOf(me.id, GRID, saved.id))?.query).toBe("email=north");
  });
});
