import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { actorOf, makeAdmin } from "@/tests/staff-fixtures";

import { listConsents, listEmails, listNotes, listOrders } from "./activity";
import { addAddress } from "./addresses";
import { addNote } from "./notes";
import { getCustomerUserView } from "./view";

/** a viewer who may see everything: these tests read the data, not who may see it */
const everything = () => true;

const address = (over: object = {}) => ({
  id: undefined,
  label: null,
  organization: null,
  firstName: null,
  lastName: null,
  street: "Main St 1",
  street2: null,
  city: "Berlin",
  postalCode: "10115",
  region: null,
  country: "DE",
  phone: null,
  billing: true,
  shipping: true,
  defaultBilling: false,
  defaultShipping: false,
  ...over,
});

describe("customer user view", () => {
  it("loads the user with company, parent, full name and the union of the roles' permissions, never the password hash", async () => {
    const { user, company, parent } = await makeCustomerUser({
      namePrefix: "Dr.",
      middleName: "Maria",
      nameSuffix: "Jr.",
    });
    const buyer = await prisma.customerRole.create({
      data: {
        name: `Buyer ${user.id}`,
        capabilities: ["place-orders", "retired-capability"],
        permissions: { create: [{ entity: "order", action: "VIEW", level: "OWN" }] },
      },
    });
    const admin = await prisma.customerRole.create({
      data: {
        name: `Admin ${user.id}`,
        capabilities: ["manage-users"],
        permissions: { create: [{ entity: "order", action: "VIEW", level: "COMPANY" }] },
      },
    });
    await prisma.customerUserRole.createMany({
      data: [
        { customerUserId: user.id, roleId: buyer.id },
        { customerUserId: user.id, roleId: admin.id },
      ],
    });

    const view = (await getCustomerUserView(user.id, everything))!;
    expect(view.fullName).toBe(`Dr. Anna Maria ${user.lastName} Jr.`);
    expect(view.company).toEqual({ id: company.id, name: company.name, parent: { id: parent.id, name: parent.name } });
    expect(view.permissions.levels.order.VIEW).toBe("COMPANY");
    expect(view.permissions.levels.quote.VIEW).toBe("NONE");
    expect(view.permissions.capabilities).toEqual(["manage-users", "place-orders"]);
    expect(view.roles?.map((r) => r.name)).toEqual([`Admin ${user.id}`, `Buyer ${user.id}`]);
    expect(view).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(view)).not.toContain("secret-hash");
  });

  it("is null for an unknown id", async () => {
    expect(await getCustomerUserView("no-such-user", everything)).toBeNull();
  });

  it("lists only this user's orders, consents and mail, newest first and paged by ten", async () => {
    const { user, company } = await makeCustomerUser();
    const other = await makeCustomerUser();
    const base = Date.UTC(2026, 0, 1);
    await prisma.order.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        number: `T-${user.id}-${i}`,
        companyId: company.id,
        customerUserId: user.id,
        currency: "EUR",
        subtotal: i,
        total: i,
        createdAt: new Date(base + i * 60_000),
      })),
    });
    await prisma.order.create({
      data: {
        number: `T-${other.user.id}`,
        companyId: other.company.id,
        customerUserId: other.user.id,
        currency: "EUR",
        subtotal: 1,
        total: 1,
      },
    });
    const first = await listOrders(user.id, 1, everything);
    expect(first.total).toBe(12);
    expect(first.rows.map((r) => r.number).slice(0, 2)).toEqual([`T-${user.id}-11`, `T-${user.id}-10`]);
    expect((await listOrders(user.id, 2, everything)).rows.map((r) => r.number)).toEqual([
      `T-${user.id}-1`,
      `T-${user.id}-0`,
    ]);

    const consent = await prisma.consent.create({ data: { code: `c-${user.id}`, name: `Newsletter ${user.id}` } });
    await prisma.consentAcceptance.create({ data: { consentId: consent.id, customerUserId: user.id } });
    expect((await listConsents(user.id, 1)).rows.map((c) => c.consent.name)).toEqual([`Newsletter ${user.id}`]);
    expect((await listConsents(other.user.id, 1)).total).toBe(0);

    const mail = (recipientId: string, subject: string) => ({
      idempotencyKey: `k-${subject}`,
      to: "x@example.com",
      subject,
      text: "t",
      recipientType: "customer-user",
      recipientId,
    });
    await prisma.emailMessage.createMany({
      data: [mail(user.id, `Welcome ${user.id}`), mail(other.user.id, `Other ${user.id}`)],
    });
    await prisma.emailMessage.create({ data: { ...mail(user.id, `Staff ${user.id}`), recipientType: "staff-user" } });
    expect((await listEmails(user.id, 1)).rows.map((m) => m.subject)).toEqual([`Welcome ${user.id}`]);
  });
});

describe("staff notes", () => {
  it("adds a note by the acting staff member, audited in the same transaction", async () => {
    const { user } = await makeCustomerUser();
    const { user: staff, actor } = await makeAdmin();
    const note = await addNote(actor, { customerUserId: user.id, body: "Called about the invoice" });
    const notes = await listNotes(user.id, 1, everything);
    expect(notes.rows).toEqual([
      expect.objectContaining({
        body: "Called about the invoice",
        author: { firstName: staff.firstName, lastName: staff.lastName, email: staff.email },
      }),
    ]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "customer-user-note", entityId: note.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorStaffId).toBe(staff.id);
  });

  it("refuses a note on a user who no longer exists, writing nothing", async () => {
    const { actor } = await makeAdmin();
    await expect(addNote(actor, { customerUserId: "gone", body: "x" })).rejects.toEqual(new DomainError("notFound"));
    expect(await prisma.customerUserNote.count({ where: { customerUserId: "gone" } })).toBe(0);
  });
});

describe("new address", () => {
  it("a new default replaces the previous default of its kind only", async () => {
    const { user } = await makeCustomerUser();
    const { user: staff } = await makeAdmin();
    const actor = actorOf(staff);
    const first = await addAddress(actor, user.id, address({ defaultBilling: true, defaultShipping: true }));
    const second = await addAddress(
      actor,
      user.id,
      address({ street: "Second St 2", shipping: false, defaultBilling: true }),
    );
    const rows = await prisma.customerAddress.findMany({
      where: { customerUserId: user.id },
      select: { id: true, defaultBilling: true, defaultShipping: true },
    });
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ defaultBilling: false, defaultShipping: true });
    expect(rows.find((r) => r.id === second.id)).toMatchObject({ defaultBilling: true, defaultShipping: false });
    expect(await prisma.auditLog.count({ where: { entity: "customer-address", entityId: second.id } })).toBe(1);
  });

  it("refuses an address for an unknown user", async () => {
    const { actor } = await makeAdmin();
    await expect(addAddress(actor, "gone", address())).rejects.toEqual(new DomainError("notFound"));
  });
});
