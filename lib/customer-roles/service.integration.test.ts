import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { auditRows, makeAdmin, tag } from "@/tests/staff-fixtures";

import type { CustomerRoleFormValues, PermissionInput } from "./schema";
import {
  assertRolesAssignable,
  createCustomerRole,
  deleteCustomerRole,
  listAssignableRoles,
  listCustomerRoles,
  updateCustomerRole,
  type CustomerRoleListParams,
} from "./service";

/** a viewer who may see everything: these tests read the data, not who may see it */
const everything = () => true;

async function company(name: string) {
  const t = tag();
  const en = await prisma.localization.create({ data: { code: `l-${t}`, name: `Language ${t}` } });
  const site = await prisma.website.create({
    data: { name: `Site ${t}`, code: `site-${t}`, baseUrl: `http://${t}.example.com`, defaultLocalizationId: en.id },
  });
  return prisma.company.create({ data: { name, websiteId: site.id } });
}

async function holder(companyId: string, roleId: string) {
  const c = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
  const t = tag();
  return prisma.customerUser.create({
    data: {
      companyId,
      websiteId: c.websiteId,
      email: `holder-${t}@example.com`,
      firstName: "H",
      lastName: t,
      roles: { create: [{ roleId }] },
    },
  });
}

const values = (
  name: string,
  companyId: string | null,
  over: Partial<CustomerRoleFormValues> = {},
): CustomerRoleFormValues => ({
  name,
  owner: companyId ? "company" : "predefined",
  companyId: companyId ?? "",
  selfManaged: false,
  permissions: [],
  capabilities: [],
  ...over,
});
const params = (over: Partial<CustomerRoleListParams>): CustomerRoleListParams => ({
  q: "",
  sort: "name",
  dir: "asc",
  page: 1,
  size: 10,
  filters: {},
  ...over,
});

describe("storefront role writes", () => {
  it("stores what the matrix grants, leaves NONE out, and records the create", async () => {
    const { actor, user } = await makeAdmin();
    const t = tag();
    const acme = await company(`Acme ${t}`);
    const permissions: PermissionInput[] = [
      { entity: "order", action: "VIEW", level: "COMPANY" },
      { entity: "order", action: "DELETE", level: "NONE" },
      { entity: "address", action: "EDIT", level: "OWN" },
    ];
    const { id } = await createCustomerRole(
      actor,
      values(`Purchaser ${t}`, acme.id, { permissions, capabilities: ["place-orders"], selfManaged: true }),
    );

    const stored = await prisma.customerRole.findUniqueOrThrow({ where: { id }, include: { permissions: true } });
    expect(stored).toMatchObject({ companyId: acme.id, selfManaged: true, capabilities: ["place-orders"] });
    expect(stored.permissions.map((p) => `${p.entity}:${p.action}=${p.level}`).sort()).toEqual([
      "address:EDIT=OWN",
      "order:VIEW=COMPANY",
    ]);
    const [row] = await auditRows("customer-role", id);
    expect(row).toMatchObject({
      actorStaffId: user.id,
      action: "create",
      changes: {
        company: { before: null, after: acme.name },
        permissions: { before: null, after: ["address:EDIT=OWN", "order:VIEW=COMPANY"] },
      },
    });
  });

  it("keeps names unique per scope regardless of case, at the name field", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const [a, b] = [await company(`A ${t}`), await company(`B ${t}`)];
    await createCustomerRole(actor, values(`Approver ${t}`, a.id));
    await expect(createCustomerRole(actor, values(`APPROVER ${t}`, a.id))).rejects.toMatchObject({
      code: "customerRoleNameTakenCompany",
      field: "name",
    });
    // another company, and the predefined scope, may use the name
    await createCustomerRole(actor, values(`Approver ${t}`, b.id));
    const predefined = await createCustomerRole(actor, values(`approver ${t}`, null));
    await expect(createCustomerRole(actor, values(`Approver ${t}`, null))).rejects.toMatchObject({
      code: "customerRoleNameTakenPredefined",
      field: "name",
    });
    // renaming onto a taken name is refused too, and changes nothing
    const other = await createCustomerRole(actor, values(`Other ${t}`, null));
    await expect(updateCustomerRole(actor, other.id, values(`APPROVER ${t}`, null))).rejects.toMatchObject({
      code: "customerRoleNameTakenPredefined",
      field: "name",
    });
    expect((await prisma.customerRole.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(`Other ${t}`);
    expect(
      await prisma.customerRole.findMany({
        where: { name: { equals: `approver ${t}`, mode: "insensitive" } },
        select: { companyId: true },
      }),
    ).toHaveLength(3);
    expect((await prisma.customerRole.findUniqueOrThrow({ where: { id: predefined.id } })).companyId).toBeNull();
  });

  it("refuses entities, levels and capabilities outside the catalogue", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const bad = (over: object) => values(`Bad ${t}`, null, over as Partial<CustomerRoleFormValues>);
    await expect(
      createCustomerRole(actor, bad({ permissions: [{ entity: "invoice", action: "VIEW", level: "OWN" }] })),
    ).rejects.toMatchObject({ code: "customerRoleEntityUnknown", field: "permissions.0.entity" });
    await expect(
      createCustomerRole(actor, bad({ permissions: [{ entity: "order", action: "VIEW", level: "GLOBAL" }] })),
    ).rejects.toMatchObject({ code: "customerRoleLevelUnknown" });
    await expect(createCustomerRole(actor, bad({ capabilities: ["fly"] }))).rejects.toMatchObject({
      code: "customerRoleCapabilityUnknown",
      field: "capabilities",
    });
    await expect(
      createCustomerRole(actor, bad({ owner: "company", companyId: "no-such-company" })),
    ).rejects.toMatchObject({ code: "customerRoleCompanyUnknown", field: "companyId" });
    expect(await prisma.customerRole.count({ where: { name: `Bad ${t}` } })).toBe(0);
  });

  it("moves a predefined role to a company only while no user of another company holds it", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const [mine, theirs] = [await company(`Mine ${t}`), await company(`Theirs ${t}`)];
    const role = await createCustomerRole(
      actor,
      values(`Shared ${t}`, null, { permissions: [{ entity: "order", action: "VIEW", level: "OWN" }] }),
    );
    await holder(mine.id, role.id);
    const outsider = await holder(theirs.id, role.id);

    await expect(updateCustomerRole(actor, role.id, values(`Shared ${t}`, mine.id))).rejects.toMatchObject({
      code: "customerRoleHeldElsewhere",
      field: "companyId",
      values: { count: 1 },
    });
    expect((await prisma.customerRole.findUniqueOrThrow({ where: { id: role.id } })).companyId).toBeNull();

    await prisma.customerUserRole.delete({
      where: { customerUserId_roleId: { customerUserId: outsider.id, roleId: role.id } },
    });
    await updateCustomerRole(actor, role.id, values(`Shared ${t}`, mine.id, { capabilities: ["request-quote"] }));
    const stored = await prisma.customerRole.findUniqueOrThrow({
      where: { id: role.id },
      include: { permissions: true },
    });
    expect(stored).toMatchObject({ companyId: mine.id, capabilities: ["request-quote"], permissions: [] });
    const rows = await auditRows("customer-role", role.id);
    expect(rows.at(-1)).toMatchObject({
      action: "update",
      changes: { company: { before: null, after: mine.name }, permissions: { before: ["order:VIEW=OWN"], after: [] } },
    });
  });

  it("deletes a role in use only when the warning showed all its holders", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const acme = await company(`Acme ${t}`);
    const role = await createCustomerRole(actor, values(`Doomed ${t}`, acme.id));
    const user = await holder(acme.id, role.id);
    await expect(deleteCustomerRole(actor, role.id, 0)).rejects.toMatchObject({
      code: "customerRoleInUse",
      values: { count: 1 },
    });
    await deleteCustomerRole(actor, role.id, 1);
    expect(await prisma.customerRole.count({ where: { id: role.id } })).toBe(0);
    expect(await prisma.customerUser.count({ where: { id: user.id } })).toBe(1);
    expect((await auditRows("customer-role", role.id)).at(-1)).toMatchObject({
      action: "delete",
      changes: { name: { before: `Doomed ${t}`, after: null }, users: { before: 1, after: null } },
    });
    await expect(deleteCustomerRole(actor, role.id, 1)).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("storefront roles grid and assignment", () => {
  it("searches, filters by type and company, sorts by users and pages in the database", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const acme = await company(`Gridco ${t}`);
    const predefined = await createCustomerRole(actor, values(`Grid ${t} Alpha`, null));
    const owned = await createCustomerRole(actor, values(`Grid ${t} Beta`, acme.id));
    await createCustomerRole(actor, values(`Grid ${t} Gamma`, acme.id));
    await holder(acme.id, owned.id);
    await holder(acme.id, predefined.id);

    const all = await listCustomerRoles(params({ q: `grid ${t}` }), everything);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => [r.name, r.company, r.userCount])).toEqual([
      [`Grid ${t} Alpha`, null, 1],
      [`Grid ${t} Beta`, acme.name, 1],
      [`Grid ${t} Gamma`, acme.name, 0],
    ]);
    expect(
      (await listCustomerRoles(params({ q: `grid ${t}`, filters: { type: "predefined" } }), everything)).rows.map(
        (r) => r.id,
      ),
    ).toEqual([predefined.id]);
    expect(
      (
        await listCustomerRoles(
          params({ q: `grid ${t}`, filters: { type: "company", company: `gridco ${t}` } }),
          everything,
        )
      ).total,
    ).toBe(2);
    const byUsers = await listCustomerRoles(
      params({ q: `grid ${t}`, sort: "users", dir: "asc", size: 10 }),
      everything,
    );
    expect(byUsers.rows[0]!.name).toBe(`Grid ${t} Gamma`);
    const page2 = await listCustomerRoles(params({ q: `grid ${t}`, size: 10, page: 2 }), everything);
    expect(page2).toMatchObject({ total: 3, rows: [] });
  });

  it("offers a company's users the predefined roles and the company's own, never another company's", async () => {
    const { actor } = await makeAdmin();
    const t = tag();
    const [mine, theirs] = [await company(`Mine ${t}`), await company(`Theirs ${t}`)];
    const own = await createCustomerRole(actor, values(`Own ${t}`, mine.id));
    const foreign = await createCustomerRole(actor, values(`Foreign ${t}`, theirs.id));
    const shared = await createCustomerRole(actor, values(`Shared ${t}`, null));

    const offered = await listAssignableRoles(mine.id);
    expect(offered).toEqual(
      expect.arrayContaining([
        { id: own.id, name: `Own ${t}`, companyId: mine.id },
        { id: shared.id, name: `Shared ${t}`, companyId: null },
      ]),
    );
    expect(offered.map((r) => r.id)).not.toContain(foreign.id);
    expect(offered.every((r) => r.companyId === null || r.companyId === mine.id)).toBe(true);

    const checks = await prisma.$transaction(async (tx) => {
      const out: (string | null)[] = [];
      for (const id of [own.id, shared.id, foreign.id, "no-such-role"]) {
        out.push(
          await assertRolesAssignable(tx, mine.id, [id]).then(
            () => null,
            (e: { code: string }) => e.code,
          ),
        );
      }
      return out;
    });
    expect(checks).toEqual([null, null, "roleNotForCompany", "roleUnknown"]);
  });
});
