import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { loadCustomerSession } from "@/lib/identity/shop-session";
import { customerAccess } from "@/lib/shop-access/service";
import { makeAccountTree, sessionOf } from "@/tests/account-fixtures";
import { fingerprint } from "@/tests/fingerprint";
import { customerClaimsOf } from "@/tests/session-fixtures";
import { auditRows } from "@/tests/staff-fixtures";

import type { AccountUserFormValues } from "./schema";
import {
  companyChoices,
  createAccountUser,
  deleteAccountUser,
  listAccountUsers,
  resetAccountUserPassword,
  setAccountUserEnabled,
  updateAccountUser,
} from "./service";

async function viewer(tree: Awaited<ReturnType<typeof makeAccountTree>>) {
  const access = await customerAccess(sessionOf(tree.admin));
  return { access, actor: shopActor(tree.admin, "192.0.2.40") };
}

const names = async (tree: Awaited<ReturnType<typeof makeAccountTree>>) =>
  (await listAccountUsers((await viewer(tree)).access, tree.t, 1)).rows.map((r) => r.name.split(" ")[0]).sort();

const form = (over: Partial<AccountUserFormValues>): AccountUserFormValues => ({
  enabled: true,
  firstName: "New",
  lastName: "Colleague",
  email: "x@example.com",
  companyId: "",
  roleIds: [],
  generatePassword: true,
  password: "",
  repeatPassword: "",
  sendWelcomeEmail: false,
  ...over,
});

describe("storefront user management by level", () => {
  it("lists only oneself at OWN, the company at COMPANY, and its subsidiaries too at COMPANY_AND_SUBSIDIARIES", async () => {
    expect(await names(await makeAccountTree("OWN"))).toEqual(["admin"]);
    expect(await names(await makeAccountTree("COMPANY"))).toEqual(["admin", "colleague"]);
    expect(await names(await makeAccountTree("COMPANY_AND_SUBSIDIARIES"))).toEqual(["admin", "below", "colleague"]);
    expect(await names(await makeAccountTree("COMPANY_AND_SUBSIDIARIES", ["manage-roles"]))).toEqual([]);
  });

  it("creates a colleague in a subsidiary with a role and the welcome e-mail, audited as the storefront user", async () => {
    const tree = await makeAccountTree("COMPANY_AND_SUBSIDIARIES");
    const { access, actor } = await viewer(tree);
    const buyer = await prisma.customerRole.create({ data: { name: `Predefined ${tree.t}`, companyId: null } });
    const roleIds = [buyer.id];
    const companyId = tree.subsidiary.id;
    const email = `new-${tree.t}@example.com`;
    const { id } = await createAccountUser(actor, access, form({ email, companyId, roleIds, sendWelcomeEmail: true }));
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id } })).toMatchObject({
      companyId,
      websiteId: tree.website.id,
      confirmed: true,
      enabled: true,
    });
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(1);
    expect((await auditRows("customer-user", id)).map((r) => [r.action, r.actorLabel])).toEqual([
      ["create", `storefront: ${tree.admin.email}`],
    ]);
    await expect(createAccountUser(actor, access, form({ email, companyId, roleIds }))).rejects.toMatchObject({
      code: "customerEmailTaken",
      field: "email",
    });
  });

  it("sends no credentials to a colleague created disabled; the welcome goes out, with a new password, when enabled", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const buyer = await prisma.customerRole.create({ data: { name: `Buyer ${tree.t}`, companyId: null } });
    const email = `off-${tree.t}@example.com`;
    const { id } = await createAccountUser(
      actor,
      access,
      form({ email, companyId: tree.home.id, roleIds: [buyer.id], enabled: false, sendWelcomeEmail: true }),
    );
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(0);
    const created = await prisma.customerUser.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(created.welcomePending).toBe(true);
    await setAccountUserEnabled(actor, access, id, true);
    const enabled = await prisma.customerUser.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(enabled).toMatchObject({ enabled: true, welcomePending: false });
    expect(enabled.passwordHash).not.toBe(created.passwordHash);
    expect(await prisma.emailMessage.count({ where: { to: email, templateKey: "welcome" } })).toBe(1);
    await setAccountUserEnabled(actor, access, id, false);
    await setAccountUserEnabled(actor, access, id, true);
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(1);
  });

  it("never gives a colleague the role of anonymous visitors, nor offers it", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const visitors = await prisma.customerRole.create({ data: { name: `Visitors ${tree.t}`, forVisitors: true } });
    expect((await companyChoices(access, "CREATE")).flatMap((c) => c.roles.map((r) => r.id))).not.toContain(
      visitors.id,
    );
    const before = await fingerprint();
    await expect(
      createAccountUser(
        actor,
        access,
        form({ email: `v-${tree.t}@example.com`, companyId: tree.home.id, roleIds: [visitors.id] }),
      ),
    ).rejects.toMatchObject({ code: "roleForVisitors", field: "roleIds" });
    await expect(
      updateAccountUser(
        actor,
        access,
        tree.colleague.id,
        form({ email: tree.colleague.email, companyId: tree.home.id, roleIds: [visitors.id] }),
      ),
    ).rejects.toMatchObject({ code: "roleForVisitors", field: "roleIds" });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses companies, roles and targets outside the scope, writing nothing", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const foreignRole = await prisma.customerRole.create({
      data: { name: `Foreign ${tree.t}`, companyId: tree.other.id },
    });
    const before = await fingerprint();
    await expect(
      createAccountUser(
        actor,
        access,
        form({ email: `a-${tree.t}@example.com`, companyId: tree.subsidiary.id, roleIds: [tree.adminRole.id] }),
      ),
    ).rejects.toMatchObject({ code: "companyUnknown", field: "companyId" });
    await expect(
      createAccountUser(
        actor,
        access,
        form({ email: `b-${tree.t}@example.com`, companyId: tree.home.id, roleIds: [foreignRole.id] }),
      ),
    ).rejects.toMatchObject({ code: "roleNotForCompany", field: "roleIds" });
    for (const target of [tree.below, tree.beside, tree.outsider]) {
      await expect(
        updateAccountUser(actor, access, target.id, form({ email: target.email, companyId: target.companyId })),
      ).rejects.toMatchObject({ code: "notFound" });
      await expect(setAccountUserEnabled(actor, access, target.id, false)).rejects.toMatchObject({ code: "notFound" });
      await expect(deleteAccountUser(actor, access, target.id)).rejects.toMatchObject({ code: "notFound" });
      await expect(resetAccountUserPassword(actor, access, target.id)).rejects.toMatchObject({ code: "notFound" });
    }
    await expect(
      updateAccountUser(
        actor,
        access,
        tree.colleague.id,
        form({ email: tree.colleague.email, companyId: tree.other.id, enabled: false }),
      ),
    ).rejects.toMatchObject({ code: "companyUnknown" });
    expect(await fingerprint()).toBe(before);
  });

  it("disabling and deleting end the colleague's sessions; nobody disables or deletes themselves", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const claims = await customerClaimsOf(tree.colleague);
    const live = () => loadCustomerSession(claims, tree.website.id);
    await prisma.customerUserRole.create({ data: { customerUserId: tree.colleague.id, roleId: tree.adminRole.id } });
    expect(await live()).not.toBeNull();
    await setAccountUserEnabled(actor, access, tree.colleague.id, false);
    expect(await live()).toBeNull();
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: tree.colleague.id } })).toMatchObject({
      enabled: false,
      sessionVersion: tree.colleague.sessionVersion + 1,
    });
    await expect(setAccountUserEnabled(actor, access, tree.admin.id, false)).rejects.toMatchObject({
      code: "accountUserSelf",
    });
    await expect(deleteAccountUser(actor, access, tree.admin.id)).rejects.toMatchObject({ code: "accountUserSelf" });
    await expect(
      updateAccountUser(
        actor,
        access,
        tree.admin.id,
        form({ email: tree.admin.email, companyId: tree.home.id, roleIds: [], enabled: false }),
      ),
    ).rejects.toMatchObject({ code: "accountUserSelf", field: "enabled" });
    await deleteAccountUser(actor, access, tree.colleague.id);
    expect(await prisma.customerUser.count({ where: { id: tree.colleague.id } })).toBe(0);
    expect((await auditRows("customer-user", tree.colleague.id)).map((r) => r.action)).toEqual(["disable", "delete"]);
  });

  it("resets a colleague's password (status Reset, sessions ended, the link mailed), never one's own", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    await resetAccountUserPassword(actor, access, tree.colleague.id);
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: tree.colleague.id } })).toMatchObject({
      passwordStatus: "RESET",
      sessionVersion: tree.colleague.sessionVersion + 1,
    });
    expect(
      await prisma.emailMessage.count({
        where: { recipientId: tree.colleague.id, templateKey: "forced-password-reset" },
      }),
    ).toBe(1);
    await expect(resetAccountUserPassword(actor, access, tree.admin.id)).rejects.toMatchObject({
      code: "accountUserSelf",
    });
    expect((await auditRows("customer-user", tree.colleague.id)).map((r) => [r.action, r.actorLabel])).toEqual([
      ["reset-password", `storefront: ${tree.admin.email}`],
    ]);
  });

  it("gives roles only with ASSIGN", async () => {
    const tree = await makeAccountTree("COMPANY");
    await prisma.customerRolePermission.deleteMany({ where: { roleId: tree.adminRole.id, action: "ASSIGN" } });
    const { access, actor } = await viewer(tree);
    await expect(
      updateAccountUser(
        actor,
        access,
        tree.colleague.id,
        form({ email: tree.colleague.email, companyId: tree.home.id, roleIds: [tree.adminRole.id] }),
      ),
    ).rejects.toMatchObject({ code: "accountRolesNotAllowed", field: "roleIds" });
    await updateAccountUser(
      actor,
      access,
      tree.colleague.id,
      form({ email: tree.colleague.email, companyId: tree.home.id, firstName: "Renamed", enabled: false }),
    );
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: tree.colleague.id } })).toMatchObject({
      firstName: "Renamed",
    });
  });

  it("never gives a role that grants more than the giver holds, while a colleague may keep one they have", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const companyId = tree.home.id;
    // a predefined role with a capability the giver lacks, and one with a wider level than theirs
    const apiManager = await prisma.customerRole.create({
      data: { name: `API manager ${tree.t}`, capabilities: ["manage-api-applications"] },
    });
    const groupWide = await prisma.customerRole.create({
      data: {
        name: `Group-wide ${tree.t}`,
        permissions: { create: { entity: "customer-user", action: "VIEW", level: "COMPANY_AND_SUBSIDIARIES" } },
      },
    });
    const within = await prisma.customerRole.create({
      data: {
        name: `Within ${tree.t}`,
        permissions: { create: { entity: "customer-user", action: "VIEW", level: "COMPANY" } },
      },
    });
    for (const role of [apiManager, groupWide]) {
      const email = `up-${role.id}@example.com`;
      await expect(
        createAccountUser(actor, access, form({ email, companyId, roleIds: [within.id, role.id] })),
      ).rejects.toMatchObject({ code: "accountRoleBeyondOwn", field: "roleIds", values: { role: role.name } });
      expect(await prisma.customerUser.count({ where: { email } })).toBe(0);
      await expect(
        updateAccountUser(
          actor,
          access,
          tree.colleague.id,
          form({ email: tree.colleague.email, companyId, roleIds: [role.id] }),
        ),
      ).rejects.toMatchObject({ code: "accountRoleBeyondOwn" });
    }
    expect(
      await prisma.customerUserRole.count({ where: { customerUserId: tree.colleague.id, roleId: apiManager.id } }),
    ).toBe(0);

    // the form offers the role within reach, not those beyond it
    const offered = async (current?: { companyId: string; roleIds: string[] }) =>
      (await companyChoices(access, current ? "EDIT" : "CREATE", current))
        .find((c) => c.id === companyId)!
        .roles.map((r) => r.id);
    expect(await offered()).toContain(within.id);
    expect(await offered()).not.toContain(apiManager.id);
    expect(await offered()).not.toContain(groupWide.id);
    await createAccountUser(
      actor,
      access,
      form({ email: `ok-${tree.t}@example.com`, companyId, roleIds: [within.id] }),
    );
    // given by someone else, the wider role stays through an edit that adds a role within reach
    await prisma.customerUserRole.create({ data: { customerUserId: tree.colleague.id, roleId: apiManager.id } });
    await updateAccountUser(
      actor,
      access,
      tree.colleague.id,
      form({ email: tree.colleague.email, companyId, roleIds: [apiManager.id, within.id] }),
    );
    expect(
      (await prisma.customerUserRole.findMany({ where: { customerUserId: tree.colleague.id } }))
        .map((r) => r.roleId)
        .sort(),
    ).toEqual([apiManager.id, within.id].sort());
    // a role the colleague holds stays offered on their edit form, so saving it keeps it
    expect(await offered({ companyId, roleIds: [apiManager.id, within.id] })).toContain(apiManager.id);
  });

  it("a staff member signed in as the customer neither creates colleagues nor changes a colleague's e-mail", async () => {
    const tree = await makeAccountTree("COMPANY");
    const { access, actor } = await viewer(tree);
    const assisting = { ...actor, impersonationSessionId: `session-${tree.t}` };
    const email = `agent-${tree.t}@example.com`;
    await expect(
      createAccountUser(
        assisting,
        access,
        form({
          email,
          companyId: tree.home.id,
          generatePassword: false,
          password: "Chosen-by-staff-1",
          repeatPassword: "Chosen-by-staff-1",
        }),
      ),
    ).rejects.toMatchObject({ code: "impersonation.restricted" });
    expect(await prisma.customerUser.count({ where: { email } })).toBe(0);
    await expect(
      updateAccountUser(assisting, access, tree.colleague.id, form({ email, companyId: tree.home.id })),
    ).rejects.toMatchObject({ code: "impersonation.restricted", field: "email" });
    expect(await prisma.customerUser.findUniqueOrThrow({ where: { id: tree.colleague.id } })).toMatchObject({
      email: tree.colleague.email,
    });
  });
});
