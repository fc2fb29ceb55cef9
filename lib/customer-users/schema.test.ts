import { describe, expect, it } from "vitest";

import { keysOnly } from "@/lib/i18n/translate";

import { customerUserFormSchema, type CustomerUserFormInput } from "./schema";

const input = (over: Partial<CustomerUserFormInput> = {}): CustomerUserFormInput => ({
  enabled: true,
  namePrefix: "",
  firstName: "Ada",
  middleName: "",
  lastName: "Lovelace",
  nameSuffix: "",
  email: " Ada@Example.com ",
  birthday: "",
  phone: "",
  companyMode: "existing",
  companyId: "c1",
  newCompanyName: "",
  newCompanyParentId: "",
  salesRepId: "",
  websiteId: "w1",
  preferredLocalizationId: "",
  roleIds: ["r1"],
  addresses: [],
  generatePassword: true,
  password: "",
  repeatPassword: "",
  sendWelcomeEmail: true,
  ...over,
});
const errorsOf = (v: CustomerUserFormInput, mode: "create" | "edit" = "create") => {
  const r = customerUserFormSchema(keysOnly, mode).safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("customer user form", () => {
  it("needs a role when enabled, not when disabled", () => {
    expect(errorsOf(input({ roleIds: [] }))).toEqual({ roleIds: "errors.roleRequiredWhenEnabled" });
    expect(errorsOf(input({ roleIds: [], enabled: false }))).toEqual({});
  });

  it("needs a company: an existing one, or the name of a new one", () => {
    expect(errorsOf(input({ companyId: "" }))).toEqual({ companyId: "errors.companyRequired" });
    expect(errorsOf(input({ companyMode: "new", companyId: "" }))).toEqual({ newCompanyName: "errors.required" });
    expect(errorsOf(input({ companyMode: "new", companyId: "", newCompanyName: "Branch" }))).toEqual({});
  });

  it("checks a typed password on create only, and normalises the e-mail", () => {
    expect(errorsOf(input({ generatePassword: false, password: "shrt1", repeatPassword: "other" }))).toMatchObject({
      password: "errors.password.tooShort",
      repeatPassword: "errors.passwordMismatch",
    });
    expect(errorsOf(input({ generatePassword: false }), "edit")).toEqual({});
    expect(customerUserFormSchema(keysOnly, "create").parse(input()).email).toBe("ada@example.com");
  });

  it("refuses a default address of a kind it is not", () => {
    const address = {
      label: "",
      organization: "",
      firstName: "",
      lastName: "",
      street: "Main 1",
      street2: "",
      city: "Berlin",
      postalCode: "10115",
      region: "",
      country: "de",
      phone: "",
      billing: false,
      shipping: true,
      defaultBilling: true,
      defaultShipping: false,
    };
    expect(errorsOf(input({ addresses: [address] }))).toEqual({
      "addresses.0.defaultBilling": "errors.defaultNeedsType",
    });
    expect(
      customerUserFormSchema(keysOnly, "create").parse(input({ addresses: [{ ...address, defaultBilling: false }] }))
        .addresses[0]!.country,
    ).toBe("DE");
  });

  it("refuses a future or pre-1900 birthday and a free-text phone; stores phones in E.164", () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf(input({ birthday: tomorrow }))).toEqual({ birthday: "errors.birthdayFuture" });
    expect(errorsOf(input({ birthday: "1899-12-31" }))).toEqual({ birthday: "errors.birthdayTooEarly" });
    expect(errorsOf(input({ phone: "after 5pm" }))).toEqual({ phone: "errors.phoneInvalid" });
    const address = {
      label: "",
      organization: "",
      firstName: "",
      lastName: "",
      street: "Main 1",
      street2: "",
      city: "Berlin",
      postalCode: "10115",
      region: "",
      country: "DE",
      phone: "0800 nope",
      billing: true,
      shipping: true,
      defaultBilling: false,
      defaultShipping: false,
    };
    expect(errorsOf(input({ addresses: [address] }))).toEqual({ "addresses.0.phone": "errors.phoneInvalidIn" });
    const parsed = customerUserFormSchema(keysOnly, "create").parse(
      input({ phone: "+1 (415) 555-2671", addresses: [{ ...address, phone: "030 1234567" }] }),
    );
    expect([parsed.phone, parsed.addresses[0]!.phone]).toEqual(["+14155552671", "+49301234567"]);
  });
});
