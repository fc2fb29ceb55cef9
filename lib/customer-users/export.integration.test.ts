import { parse } from "csv-parse/sync";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";

import { prisma } from "@/lib/db";
import { parseGridParams } from "@/lib/grid/params";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { allow, deny, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { restoreCell } from "./csv-cells";
import { exportCustomerUsers } from "./export";
import { exportRoute, templateRoute } from "./export-routes";
import { CUSTOMER_USER_GRID } from "./params";
import { listCustomerUsers } from "./service";

/** The route's request context outside Next: who is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.30" }) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  const { openSession } = await import("@/lib/identity/session-store");
  const signedIn = async (id: string) =>
    real.loadStaffSession(id, 1, await openSession({ staffUserId: id }, { ip: "192.0.2.31", userAgent: "x" }, 3600));
  return { ...real, currentStaff: async () => (session.id ? signedIn(session.id) : null) };
});

const everything = () => true;
const BOM = "\uFEFF";

/** Rows of a CSV as a spreadsheet would read them back, formula quotes removed. */
const rowsOf = (text: string, delimiter = ",") =>
  (parse(text, { bom: true, delimiter, relax_column_count: false }) as string[][]).map((r) => r.map(restoreCell));

const read = (body: ReadableStream) => new Response(body).text();

/** Seven users of one company sharing a tag; the ones with an odd index are disabled. */
async function sevenUsers() {
  const { t, company, website, user } = await makeCustomerUser({ firstName: "Zed", enabled: true });
  const names = ["Mia", "Ben", "Ada", "Ben", "Cy", "Eve", "Dan"];
  for (const [i, firstName] of names.entries())
    await prisma.customerUser.create({
      data: {
        companyId: company.id,
        websiteId: website.id,
        email: `cu-${t}-${i}@example.com`,
        firstName,
        lastName: `L${i}`,
        enabled: i % 2 === 0,
      },
    });
  return { t, company, website, first: user };
}

async function admin() {
  session.id = (await makeAdmin()).user.id;
}

const url = (path: string, query: Record<string, string>) =>
  new Request(`http://localhost/admin/customer-users/${path}?${new URLSearchParams(query)}`);

describe("customer users export", () => {
  it("exports exactly the grid's filtered rows in the grid's order, across keyset batches", async () => {
    const { t } = await sevenUsers();
    const raw = { email: t, enabled: "yes", sort: "firstName", dir: "desc", size: "100" };
    const params = parseGridParams(raw, CUSTOMER_USER_GRID);
    const grid = await listCustomerUsers(params, everything);
    expect(grid.rows.map((r) => r.firstName)).toEqual(["Zed", "Mia", "Dan", "Cy", "Ada"]);

    // two users a statement: the walk crosses batch boundaries
    const csv = rowsOf(await read(exportCustomerUsers("users", params, everything, ",", { batch: 2 })));
    expect(csv[0]!.slice(0, 10)).toEqual([
      "ID",
      "Name Prefix",
      "First Name",
      "Middle Name",
      "Last Name",
      "Name Suffix",
      "Birthday",
      "Email Address",
      "Customer Id",
      "Customer Name",
    ]);
    expect(csv.slice(1).map((r) => r[0])).toEqual(grid.rows.map((r) => r.id));

    // the same through the route, ascending, with ties on the first name broken as the grid breaks them
    await admin();
    const asc = { email: t, sort: "firstName", dir: "asc" };
    const response = await exportRoute("users")(url("export", asc));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="customer-users-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const all = await listCustomerUsers(parseGridParams({ ...asc, size: "100" }, CUSTOMER_USER_GRID), everything);
    expect(
      rowsOf(await response.text())
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(all.rows.map((r) => r.id));
    expect(all.rows).toHaveLength(8);

    const audit = await prisma.auditLog.findFirst({
      where: { actorStaffId: session.id, entity: "customer-user", action: "export" },
    });
    expect(audit?.changes).toMatchObject({ export: { after: "users" }, filters: { after: { email: t } } });
  });

  it("walks every sort of the grid in batches, typed keys included (booleans, the password status enum)", async () => {
    const { t, first } = await sevenUsers();
    await prisma.customerUser.update({ where: { id: first.id }, data: { passwordStatus: "RESET", locked: true } });
    for (const sort of CUSTOMER_USER_GRID.sorts)
      for (const dir of ["asc", "desc"]) {
        const params = parseGridParams({ email: t, sort, dir, size: "100" }, CUSTOMER_USER_GRID);
        const grid = await listCustomerUsers(params, everything);
        const csv = rowsOf(await read(exportCustomerUsers("users", params, everything, ",", { batch: 3 })));
        expect(
          csv.slice(1).map((r) => r[0]),
          `${sort} ${dir}`,
        ).toEqual(grid.rows.map((r) => r.id));
      }
  });

  it("round-trips quotes, commas, line breaks, a leading = and emoji, with roles, dates and a semicolon", async () => {
    const { t, user, company, lang } = await makeCustomerUser({
      firstName: 'He said "hi", ok\nnext',
      lastName: `=1+2 😀 ${"x"}`,
      middleName: "'=already quoted",
      namePrefix: "@home",
      birthday: new Date("1990-01-31T00:00:00Z"),
    });
    const roles = await Promise.all(
      ["B role", "A role"].map((name) =>
        prisma.customerRole.create({ data: { name: `${name} ${t}`, companyId: company.id } }),
      ),
    );
    await prisma.customerUserRole.createMany({ data: roles.map((r) => ({ customerUserId: user.id, roleId: r.id })) });
    await prisma.customerAddress.create({
      data: {
        customerUserId: user.id,
        street: "-Main; St 1",
        city: "Köln",
        postalCode: "50667",
        country: "DE",
        label: "+HQ",
      },
    });
    await admin();
    const response = await exportRoute("users")(url("export", { email: `cu-${t}`, delimiter: "semicolon" }));
    // the bytes as saved: Response.text() would drop the BOM
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1, 20)).toBe("ID;Name Prefix;Firs");
    const [head, row, ...rest] = rowsOf(text, ";");
    expect(rest).toEqual([]);
    const cell = (name: string) => row![head!.indexOf(name)];
    expect(cell("First Name")).toBe('He said "hi", ok\nnext');
    expect(cell("Last Name")).toBe("=1+2 😀 x");
    expect(cell("Middle Name")).toBe("'=already quoted");
    expect(cell("Name Prefix")).toBe("@home");
    expect(cell("Birthday")).toBe("1990-01-31");
    expect(cell("Roles 1 Role")).toBe(`A role ${t}`);
    expect(cell("Roles 2 Role")).toBe(`B role ${t}`);
    expect(head).not.toContain("Roles 3 Role");
    expect(cell("Customer Name")).toBe(company.name);
    expect(cell("Preferred Language")).toBe(lang.code);
    expect(cell("Enabled")).toBe("1");
    expect(cell("Password Status")).toBe("ACTIVE");
    // in the file itself the formula cells carry the quote a spreadsheet shows as text
    expect(text).toContain(";'=1+2 😀 x;");

    const addresses = await exportRoute("addresses")(url("export/addresses", { email: `cu-${t}` }));
    const [aHead, aRow, ...aRest] = rowsOf(await addresses.text());
    expect(aRest).toEqual([]);
    expect(aRow![aHead!.indexOf("Customer User ID")]).toBe(user.id);
    expect(aRow![aHead!.indexOf("Street")]).toBe("-Main; St 1");
    expect(aRow![aHead!.indexOf("Label")]).toBe("+HQ");
    expect(aRow![aHead!.indexOf("City")]).toBe("Köln");
  });

  it("gives the template: the headers and one example row", async () => {
    await admin();
    for (const entity of ["users", "addresses"]) {
      const response = await templateRoute()(url("export/template", { entity }));
      const rows = rowsOf(await response.text());
      expect(rows).toHaveLength(2);
      expect(rows[1]).toHaveLength(rows[0]!.length);
      expect(rows[0]![0]).toBe(entity === "users" ? "ID" : "Customer User ID");
    }
  });

  it("refuses a staff member without the export permission, and one without customer user view", async () => {
    await makeCustomerUser();
    for (const lacking of ["export", "view"]) {
      const role = await makeRole(`No ${lacking} ${tag()}`, [
        allow("*", "*", "*"),
        deny("customers", "customer-user", lacking),
      ]);
      session.id = (await makeStaff([(await makeGroup(`No ${lacking} ${tag()}`, [role.id])).id])).id;
      const response = await exportRoute("users")(url("export", {}));
      expect(response.status).toBe(403);
      expect(await response.text()).toBe("You do not have the permission to do this.");
      expect((await templateRoute()(url("export/template", {}))).status).toBe(403);
    }
  });
});
