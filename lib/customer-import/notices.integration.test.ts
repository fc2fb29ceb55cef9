import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import messages from "@/messages/en.json";
import { makeAdmin } from "@/tests/staff-fixtures";

import { markImportSeen, unseenEndedImports } from "./notices";
import { dismissImportNoticeAction } from "./staff-actions";

const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.50" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  const { openSession } = await import("@/lib/identity/session-store");
  const signedIn = async (id: string) =>
    real.loadStaffSession(id, 1, await openSession({ staffUserId: id }, { ip: "192.0.2.51", userAgent: "x" }, 3600));
  return { ...real, currentStaff: async () => (session.id ? signedIn(session.id) : null) };
});

/** A run of `staffId` in the given state, as the worker leaves it. */
const run = (staffId: string, status: "RUNNING" | "DONE" | "FAILED" | "CANCELLED", fileName: string) =>
  prisma.csvImport.create({
    data: {
      entity: "users",
      fileName,
      checksum: "0".repeat(64),
      size: 1,
      content: new Uint8Array([65]),
      encoding: "utf-8",
      delimiter: ",",
      status,
      requestedById: staffId,
      requestedByLabel: "x",
      committedRows: 3,
      created: 2,
      updated: 1,
      finishedAt: status === "RUNNING" ? null : new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });

describe("the notice of an ended import", () => {
  it("shows the requester their ended runs until they open one or dismiss it; nobody else can dismiss it", async () => {
    const [me, other] = await Promise.all([makeAdmin(), makeAdmin()]);
    const done = await run(me.user.id, "DONE", "done.csv");
    const failed = await run(me.user.id, "FAILED", "failed.csv");
    await run(me.user.id, "RUNNING", "running.csv");
    await run(other.user.id, "DONE", "theirs.csv");

    const shown = async () => (await unseenEndedImports(me.user.id)).map((r) => r.fileName).sort();
    expect(await shown()).toEqual(["done.csv", "failed.csv"]);
    expect((await unseenEndedImports(me.user.id)).find((r) => r.id === done.id)).toMatchObject({
      status: "DONE",
      committedRows: 3,
      created: 2,
      updated: 1,
    });

    // another staff member's Dismiss, even with every permission, leaves my notice
    session.id = other.user.id;
    expect(await dismissImportNoticeAction({ id: done.id })).toEqual({ ok: true });
    expect(await shown()).toEqual(["done.csv", "failed.csv"]);

    // mine does
    session.id = me.user.id;
    expect(await dismissImportNoticeAction({ id: done.id })).toEqual({ ok: true });
    expect(await shown()).toEqual(["failed.csv"]);

    // opening the run's page counts as seen
    await markImportSeen(me.user.id, failed.id);
    expect(await shown()).toEqual([]);
  });

  it("sends a dismiss without a session to the sign-in page", async () => {
    session.id = null;
    await expect(dismissImportNoticeAction({ id: "x" })).rejects.toThrow("NEXT_REDIRECT");
  });
});
