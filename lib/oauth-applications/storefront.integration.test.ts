import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import type { CustomerSession } from "@/lib/identity/shop-session";
import { customerAccess } from "@/lib/shop-access/service";
import messages from "@/messages/en.json";
import { makeAccountTree, sessionOf } from "@/tests/account-fixtures";
import { makeStaff, tag } from "@/tests/staff-fixtures";

import { deactivateShopApplication, deleteShopApplication, listShopApplications } from "./storefront";

const signed = vi.hoisted(() => ({ customer: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.62" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => createTranslator({ locale: "en", messages }) }));
vi.mock("@/lib/identity/shop-session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/identity/shop-session")>()),
  currentCustomer: async () => signed.customer,
}));

const actions = await import("./shop-actions");

const appOf = (customerUserId: string, name = `App ${tag()}`) =>
  prisma.oAuthApplication.create({ data: { customerUserId, name, clientId: `cc_${tag()}${tag()}`, secretHash: "x" } });
const actor = (u: { email: string }) => ({ staffId: null, label: `storefront: ${u.email}`, ip: null });
const state = async (id: string) =>
  (await prisma.oAuthApplication.findUnique({ where: { id }, select: { active: true } }))?.active ?? "deleted";

describe("Account > API access", () => {
  it("a customer user sees and deactivates their own applications, but not a colleague's, and deletes none", async () => {
    const tree = await makeAccountTree("NONE", []);
    const mine = await appOf(tree.colleague.id, "Mine");
    const theirs = await appOf(tree.admin.id, "Theirs");
    const access = await customerAccess(sessionOf(tree.colleague));
    const { rows } = await listShopApplications(access, 1);
    expect(rows.map((r) => [r.name, r.owner, r.mayDeactivate, r.mayDelete])).toEqual([["Mine", null, true, false]]);

    await expect(deactivateShopApplication(actor(tree.colleague), access, theirs.id)).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(deleteShopApplication(actor(tree.colleague), access, mine.id)).rejects.toMatchObject({
      code: "notFound",
    });
    await deactivateShopApplication(actor(tree.colleague), access, mine.id);
    expect([await state(mine.id), await state(theirs.id)]).toEqual([false, true]);
    const [entry] = await prisma.auditLog.findMany({ where: { entity: "oauth-application", entityId: mine.id } });
    expect(entry).toMatchObject({ action: "deactivate", actorLabel: `storefront: ${tree.colleague.email}` });
  });

  it("an administrator with the capability manages the applications of the users their level reaches, not another company's", async () => {
    const tree = await makeAccountTree("COMPANY", ["manage-api-applications"]);
    const colleague = await appOf(tree.colleague.id, "Colleague's");
    const below = await appOf(tree.below.id, "Below");
    const outsider = await appOf(tree.outsider.id, "Outsider's");
    const access = await customerAccess(sessionOf(tree.admin));
    const { rows } = await listShopApplications(access, 1);
    expect(rows.map((r) => [r.name, r.owner?.email, r.mayDelete])).toEqual([
      ["Colleague's", tree.colleague.email, true],
    ]);

    for (const id of [below.id, outsider.id]) {
      await expect(deactivateShopApplication(actor(tree.admin), access, id)).rejects.toMatchObject({
        code: "notFound",
      });
      await expect(deleteShopApplication(actor(tree.admin), access, id)).rejects.toMatchObject({ code: "notFound" });
    }
    await deleteShopApplication(actor(tree.admin), access, colleague.id);
    expect([await state(colleague.id), await state(below.id), await state(outsider.id)]).toEqual([
      "deleted",
      true,
      true,
    ]);

    // the subsidiary's users too, once the level reaches them
    const wider = await makeAccountTree("COMPANY_AND_SUBSIDIARIES", ["manage-api-applications"]);
    const deep = await appOf(wider.below.id, "Deep");
    await deactivateShopApplication(actor(wider.admin), await customerAccess(sessionOf(wider.admin)), deep.id);
    expect(await state(deep.id)).toBe(false);
  });

  it("refuses a staff member signed in as the customer, and changes nothing", async () => {
    const tree = await makeAccountTree("COMPANY", ["manage-api-applications"]);
    const app = await appOf(tree.colleague.id);
    const staff = await makeStaff();
    const session = await prisma.impersonationSession.create({
      data: {
        staffUserId: staff.id,
        customerUserId: tree.admin.id,
        customerEmail: tree.admin.email,
        websiteId: tree.website.id,
        purpose: "ASSIST",
        reason: "Ticket 2",
        startTokenExpiresAt: new Date(),
        startedAt: new Date(),
        expiresAt: new Date(Date.now() + 30 * 60_000),
      },
    });
    signed.customer = {
      ...sessionOf(tree.admin),
      firstName: tree.admin.firstName,
      customerGroupId: null,
      passwordExpired: false,
      impersonation: {
        sessionId: session.id,
        staffUserId: staff.id,
        staffName: "Sam Staff",
        purpose: "ASSIST",
        expiresAt: session.expiresAt,
        startPath: "/",
      },
    } as unknown as CustomerSession;
    for (const action of [actions.deactivateShopApplicationAction, actions.deleteShopApplicationAction]) {
      const res = await action({ id: app.id });
      expect(res).toMatchObject({ ok: false });
    }
    expect(await state(app.id)).toBe(true);

    // the customer themselves may
    signed.customer = { ...(signed.customer as CustomerSession), impersonation: null };
    await expect(actions.deleteShopApplicationAction({ id: app.id })).resolves.toEqual({ ok: true });
    expect(await state(app.id)).toBe("deleted");
  });
});
