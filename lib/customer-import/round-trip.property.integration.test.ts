import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { exportCustomerUsers } from "@/lib/customer-users/export";
import { createCustomerUser } from "@/lib/customer-users/manage";
import { CUSTOMER_USER_GRID } from "@/lib/customer-users/params";
import { customerUserFormSchema } from "@/lib/customer-users/schema";
import { prisma } from "@/lib/db";
import { parseGridParams } from "@/lib/grid/params";
import messages from "@/messages/en.json";
import { makeCustomerUser } from "@/tests/customer-fixtures";
import { makeAdmin, tag } from "@/tests/staff-fixtures";

import { uploadImport, validateImport } from "./service";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 15);
const t = createTranslator({ locale: "en", messages }) as never;

/** What makes CSV and spreadsheets stumble: quotes, separators, line breaks, formula starts, umlauts, emoji. */
const hostile = fc.constantFrom(
  '"',
  ",",
  ";",
  "\t",
  "\n",
  "\r\n",
  "=",
  "+",
  "-",
  "@",
  "'",
  "ä",
  "Ö",
  "ß",
  "😀",
  "👩‍💻",
  " ",
  "a",
  "Z",
);
const text = (max: number) =>
  fc
    .array(hostile, { minLength: 1, maxLength: 12 })
    .map((cs) => cs.join("").trim().slice(0, max))
    .filter((s) => s.length > 0 && s === s.trim());
const optional = (max: number) => fc.option(text(max), { nil: "" });

describe("export -> import round trip", () => {
  it("reports no change and no error for the customer users it exported", async () => {
    const { website, company, lang } = await makeCustomerUser();
    await prisma.websiteLocalization.create({ data: { websiteId: website.id, localizationId: lang.id } });
    const role = await prisma.customerRole.create({ data: { name: `Rôle "x", =1 ${tag()}` } });
    const { actor } = await makeAdmin();
    const schema = customerUserFormSchema(t, "create");
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            namePrefix: optional(30),
            firstName: text(100),
            middleName: optional(100),
            lastName: text(100),
            nameSuffix: optional(30),
            enabled: fc.boolean(),
            birthday: fc.option(
              fc.date({ min: new Date("1900-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
              { nil: null },
            ),
            language: fc.boolean(),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (users) => {
          const run = tag();
          for (const [i, u] of users.entries()) {
            const values = schema.parse({
              ...u,
              birthday: u.birthday ? u.birthday.toISOString().slice(0, 10) : "",
              email: `rt-${run}-${i}@example.com`,
              phone: "",
              companyMode: "existing",
              companyId: company.id,
              newCompanyName: "",
              newCompanyParentId: "",
              salesRepId: "",
              websiteId: website.id,
              preferredLocalizationId: u.language ? lang.id : "",
              roleIds: u.enabled ? [role.id] : [],
              addresses: [],
              generatePassword: true,
              password: "",
              repeatPassword: "",
              sendWelcomeEmail: false,
            });
            await createCustomerUser(actor, values, { invite: false });
          }
          const params = parseGridParams({ email: `rt-${run}-`, size: "100" }, CUSTOMER_USER_GRID);
          for (const delimiter of [",", ";"] as const) {
            const bytes = new Uint8Array(
              await new Response(exportCustomerUsers("users", params, () => true, delimiter)).arrayBuffer(),
            );
            const { id } = await uploadImport(actor, { entity: "users", fileName: "rt.csv", bytes, invite: false });
            const v = await validateImport(id);
            expect(v.rows).toEqual([]);
            expect(v).toMatchObject({ read: users.length, unchanged: users.length, create: 0, update: 0, error: 0 });
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
