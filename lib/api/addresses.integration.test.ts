import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { auditOf, callApi, makeApiCaller } from "@/tests/api-fixtures";
import { makeCustomerUser } from "@/tests/customer-fixtures";

const address = {
  street: "Hauptstraße 1",
  city: "Berlin",
  postalCode: "10115",
  country: "de",
  phone: "030 1234567",
  defaultShipping: true,
};

async function owner() {
  const made = await makeCustomerUser({ confirmed: true });
  return { ...made, ...(await makeApiCaller(made.user)) };
}

describe("addresses", () => {
  it("adds, reads, changes and removes an address of the owner's book, each write audited with the application", async () => {
    const { user, caller, app } = await owner();
    const created = await callApi(caller, "createAddress", "/addresses", {
      body: { data: { type: "addresses", attributes: address } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe("application/vnd.api+json");
    expect(created.headers.get("location")).toBe(`/api/v1/addresses/${created.doc.data!.id}`);
    expect(created.doc.data!.attributes).toMatchObject({
      street: "Hauptstraße 1",
      country: "DE",
      phone: "+49301234567",
      billing: true,
      shipping: true,
      defaultShipping: true,
      label: null,
    });
    const id = created.doc.data!.id;
    expect(await prisma.customerAddress.findUniqueOrThrow({ where: { id } })).toMatchObject({
      customerUserId: user.id,
      city: "Berlin",
    });

    const changed = await callApi(caller, "updateAddress", `/addresses/${id}`, {
      params: { id },
      body: { data: { type: "addresses", id, attributes: { city: "Potsdam" } } },
    });
    expect(changed.status).toBe(200);
    // attributes left out keep their value
    expect(changed.doc.data!.attributes).toMatchObject({
      city: "Potsdam",
      street: "Hauptstraße 1",
      defaultShipping: true,
    });

    const listed = await callApi(caller, "listAddresses", "/addresses?fields[addresses]=city");
    expect(listed.list.map((a) => [a.id, a.attributes])).toEqual([[id, { city: "Potsdam" }]]);

    expect((await callApi(caller, "deleteAddress", `/addresses/${id}`, { params: { id } })).status).toBe(204);
    expect(await prisma.customerAddress.count({ where: { id } })).toBe(0);

    const audit = await auditOf(app.id);
    expect(audit.map((a) => [a.entity, a.action])).toEqual([
      ["customer-address", "create"],
      ["customer-user", "api:createAddress"],
      ["customer-address", "update"],
      ["customer-user", "api:updateAddress"],
      ["customer-address", "delete"],
      ["customer-user", "api:deleteAddress"],
    ]);
    expect(new Set(audit.map((a) => a.actorLabel))).toEqual(new Set([`API: ${app.name} for ${user.email}`]));
    expect(audit.every((a) => a.ip === "192.0.2.44" && a.actorStaffId === null)).toBe(true);
  });

  it("answers another customer user's address as not found and changes nothing", async () => {
    const { caller, app } = await owner();
    const other = await makeCustomerUser({ confirmed: true });
    const foreign = await prisma.customerAddress.create({
      data: {
        customerUserId: other.user.id,
        street: "Elsewhere 9",
        city: "Hamburg",
        postalCode: "20095",
        country: "DE",
        billing: true,
      },
    });
    const params = { id: foreign.id };
    expect((await callApi(caller, "getAddress", `/addresses/${foreign.id}`, { params })).status).toBe(404);
    const patch = await callApi(caller, "updateAddress", `/addresses/${foreign.id}`, {
      params,
      body: { data: { type: "addresses", id: foreign.id, attributes: { city: "Kiel" } } },
    });
    expect(patch.status).toBe(404);
    expect(patch.doc.errors![0]).toMatchObject({ status: "404", code: "not-found" });
    expect((await callApi(caller, "deleteAddress", `/addresses/${foreign.id}`, { params })).status).toBe(404);
    expect(await prisma.customerAddress.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({
      city: "Hamburg",
    });
    expect(await auditOf(app.id)).toEqual([]);
  });

  it("points at the attribute at fault, in the caller's language, and writes nothing", async () => {
    const { user, caller, app } = await owner();
    const bad = await callApi(caller, "createAddress", "/addresses", {
      body: {
        data: { type: "addresses", attributes: { ...address, street: "", defaultBilling: true, billing: false } },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.doc.errors!.map((e) => e.source!.pointer).sort()).toEqual([
      "/data/attributes/defaultBilling",
      "/data/attributes/street",
    ]);
    expect(bad.doc.errors!.find((e) => e.source!.pointer === "/data/attributes/street")!.detail).toBe(
      "This field is required.",
    );
    const german = await callApi(caller, "createAddress", "/addresses", {
      body: { data: { type: "addresses", attributes: { ...address, street: "" } } },
      headers: { "accept-language": "de" },
    });
    expect(german.doc.errors![0]!.detail).not.toBe("This field is required.");
    expect(await prisma.customerAddress.count({ where: { customerUserId: user.id } })).toBe(0);
    expect(await auditOf(app.id)).toEqual([]);
  });

  it("refuses a body of another media type (415), a resource of another type (409) and broken JSON (400)", async () => {
    const { caller } = await owner();
    const body = { data: { type: "addresses", attributes: address } };
    const plain = await callApi(caller, "createAddress", "/addresses", {
      body,
      headers: { "content-type": "application/json" },
    });
    expect(plain.status).toBe(415);
    const withParam = await callApi(caller, "createAddress", "/addresses", {
      body,
      headers: { "content-type": "application/vnd.api+json; charset=utf-8" },
    });
    expect(withParam.status).toBe(415);
    const wrongType = await callApi(caller, "createAddress", "/addresses", {
      body: { data: { type: "orders", attributes: address } },
    });
    expect(wrongType.status).toBe(409);
    expect(wrongType.doc.errors![0]!.source).toEqual({ pointer: "/data/type" });
    expect((await callApi(caller, "createAddress", "/addresses", { body: "{nope" })).status).toBe(400);
    const notAcceptable = await callApi(caller, "listAddresses", "/addresses", {
      headers: { accept: "application/vnd.api+json; charset=utf-8" },
    });
    expect(notAcceptable.status).toBe(406);
  });
});
