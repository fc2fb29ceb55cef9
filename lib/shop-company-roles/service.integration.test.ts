import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import { customerAccess } from "@/lib/shop-access/service";
import { makeAccountTree, sessionOf } from "@/tests/account-fixtures";
import { fingerprint } from "@/tests/fingerprint";
import { auditRows } from "@/tests/staff-fixtures";

import { createAccountRole, deleteAccountRole, getAccountRole, listAccountRoles, updateAccountRole } from "./service";

async function viewer(capabilities?: string[]) {
  const tree = await makeAccountTree("COMPANY", capabilities);
  return { tree, access: await customerAccess(sessionOf(tree.admin)), actor: shopActor(tree.admin, null) };
}

describe("storefront roles", () => {
  it("creates a role within the creator's own rights, owned by their company and audited", async () => {
    const { tree, access, actor } = await viewer();
    const { id } = await createAccountRole(actor, access, {
      name: `Clerks ${tree.t}`,
      capabilities: ["manage-users"],
      permissions: [
        { entity: "customer-user", action: "VIEW", level: "OWN" },
        { entity: "customer-user", action: "EDIT", level: "COMPANY" },
        { entity: "order", action: "VIEW", level: "NONE" },
      ],
    });
    const role = await getAccountRole(access, id);
    expect(role).toMatchObject({ predefined: false, editable: true, capabilities: ["manage-users"] });
    expect(role!.permissions.map((p) => `${p.entity}:${p.action}=${p.level}`).sort()).toEqual([
      "customer-user:EDIT=COMPANY",
      "customer-user:VIEW=OWN",
    ]);
    expect(await prisma.customerRole.findUniqueOrThrow({ where: { id } })).toMatchObject({
      companyId: tree.home.id,
      selfManaged: true,
    });
    expect((await auditRows("customer-role", id)).map((r) => [r.action, r.actorLabel])).toEqual([
      ["create", `storefront: ${tree.admin.email}`],
    ]);
    expect((await listAccountRoles(access)).some((r) => r.id === id)).toBe(true);
  });

  it("refuses a wider level or a capability the creator lacks, at the field, writing nothing", async () => {
    const { tree, access, actor } = await viewer(["manage-roles"]);
    const before = await fingerprint();
    await expect(
      createAccountRole(actor, access, {
        name: `Wide ${tree.t}`,
        capabilities: [],
        permissions: [
          { entity: "customer-user", action: "VIEW", level: "COMPANY" },
          { entity: "customer-user", action: "DELETE", level: "COMPANY_AND_SUBSIDIARIES" },
        ],
      }),
    ).rejects.toMatchObject({ code: "accountRoleEscalation", field: "permissions.1.level" });
    await expect(
      createAccountRole(actor, access, {
        name: `Orders ${tree.t}`,
        capabilities: [],
        permissions: [{ entity: "order", action: "VIEW", level: "OWN" }],
      }),
    ).rejects.toMatchObject({ code: "accountRoleEscalation", field: "permissions.0.level" });
    await expect(
      createAccountRole(actor, access, { name: `Users ${tree.t}`, capabilities: ["manage-users"], permissions: [] }),
    ).rejects.toMatchObject({ code: "accountRoleEscalation", field: "capabilities" });
    expect(await fingerprint()).toBe(before);
  });

  it("counts a role's users within the viewer's own reach, not across companies", async () => {
    const { tree, access } = await viewer();
    const shared = await prisma.customerRole.create({ data: { name: `Shared ${tree.t}`, companyId: null } });
    for (const u of [tree.colleague, tree.below, tree.beside, tree.outsider]) {
      await prisma.customerUserRole.create({ data: { customerUserId: u.id, roleId: shared.id } });
    }
    // "COMPANY" reach: the viewer's own company only (the colleague), never the sibling, the subsidiary or other companies
    expect((await listAccountRoles(access)).find((r) => r.id === shared.id)?.userCount).toBe(1);
    expect((await getAccountRole(access, shared.id))?.userCount).toBe(1);
    const wider = await makeAccountTree("COMPANY_AND_SUBSIDIARIES");
    const role = await prisma.customerRole.create({ data: { name: `Shared ${wider.t}`, companyId: null } });
    for (const u of [wider.admin, wider.colleague, wider.below, wider.beside, wider.outsider]) {
      await prisma.customerUserRole.create({ data: { customerUserId: u.id, roleId: role.id } });
    }
    const wide = await customerAccess(sessionOf(wider.admin));
    expect((await listAccountRoles(wide)).find((r) => r.id === role.id)?.userCount).toBe(3);
  });

  it("cannot read, change or delete another company's roles, nor predefined or staff-managed ones", async () => {
    const { tree, access, actor } = await viewer();
    const foreign = await prisma.customerRole.create({
      data: { name: `Foreign ${tree.t}`, companyId: tree.other.id, selfManaged: true },
    });
    const predefined = await prisma.customerRole.create({ data: { name: `Predefined ${tree.t}`, companyId: null } });
    const values = { name: `Taken ${tree.t}`, capabilities: [], permissions: [] };
    expect(await getAccountRole(access, foreign.id)).toBeNull();
    expect(await getAccountRole(access, predefined.id)).toMatchObject({ predefined: true, editable: false });
    const before = await fingerprint();
    for (const id of [foreign.id, predefined.id, tree.adminRole.id]) {
      await expect(updateAccountRole(actor, access, id, values)).rejects.toMatchObject({ code: "notFound" });
      await expect(deleteAccountRole(actor, access, id)).rejects.toMatchObject({ code: "notFound" });
    }
    expect(await fingerprint()).toBe(before);
  });

  it("edits its own role and deletes it once nobody holds it", async () => {
    const { tree, access, actor } = await viewer();
    const { id } = await createAccountRole(actor, access, {
      name: `Team ${tree.t}`,
      capabilities: [],
      permissions: [],
    });
    await updateAccountRole(actor, access, id, {
      name: `Team B ${tree.t}`,
      capabilities: ["manage-roles"],
      permissions: [],
    });
    await prisma.customerUserRole.create({ data: { customerUserId: tree.colleague.id, roleId: id } });
    await expect(deleteAccountRole(actor, access, id)).rejects.toMatchObject({ code: "customerRoleInUse" });
    await prisma.customerUserRole.deleteMany({ where: { roleId: id } });
    await deleteAccountRole(actor, access, id);
    expect((await auditRows("customer-role", id)).map((r) => r.action)).toEqual(["create", "update", "delete"]);
  });
});
