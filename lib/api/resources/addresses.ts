import "server-only";

import { z } from "zod";

import { addressSchema } from "@/lib/customer-users/address-schema";
import { addAddress } from "@/lib/customer-users/addresses";
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { deleteOwnAddress, listOwnAddresses, updateOwnAddress, type OwnAddress } from "@/lib/shop-account/addresses";

import type { ResourceObject } from "../document";
import { pageInMemory } from "../keyset";
import { API_BASE, type Operation } from "../operation";
import type { ResourceSpec } from "../query";
import { blanks, parseAttributes, resourceDocument, withDefaults } from "../schemas";

const text = z.string().nullable();
const attributes = z.object({
  label: text,
  organization: text,
  firstName: text,
  lastName: text,
  street: z.string(),
  street2: text,
  city: z.string(),
  postalCode: z.string(),
  region: text,
  country: z.string().describe("ISO 3166-1 alpha-2"),
  phone: text.describe("E.164"),
  billing: z.boolean(),
  shipping: z.boolean(),
  defaultBilling: z.boolean(),
  defaultShipping: z.boolean(),
});

export const addressResource: ResourceSpec = { type: "addresses", attributes };

const OPTIONAL = ["label", "organization", "firstName", "lastName", "street2", "region", "phone"] as const;
const FLAGS = ["billing", "shipping", "defaultBilling", "defaultShipping"] as const;
/** The storefront address book's schema; the flags default as the form's do (billing and shipping, no default). */
const apiAddress = (t: Translate) =>
  withDefaults(addressSchema(t), {
    ...blanks(OPTIONAL),
    billing: true,
    shipping: true,
    defaultBilling: false,
    defaultShipping: false,
  });

const toResource = (a: OwnAddress): ResourceObject => {
  const { id, ...fields } = a;
  return { type: "addresses", id, attributes: fields, links: { self: `${API_BASE}/addresses/${id}` } };
};

async function ownAddress(customerUserId: string, id: string): Promise<OwnAddress> {
  const found = (await listOwnAddresses(customerUserId)).find((a) => a.id === id);
  if (!found) throw new DomainError("notFound");
  return found;
}

export const addressOperations: Operation[] = [
  {
    id: "listAddresses",
    method: "GET",
    path: "/addresses",
    summary: "The caller's own address book",
    scope: "addresses:read",
    resource: addressResource,
    collection: {},
    status: 200,
    handle: async ({ caller, query }) => {
      const page = pageInMemory(await listOwnAddresses(caller.customerUser.id), query.page.size, query.page.after);
      return { data: page.rows.map(toResource), next: page.next };
    },
  },
  {
    id: "getAddress",
    method: "GET",
    path: "/addresses/{id}",
    summary: "One address of the caller's own address book",
    scope: "addresses:read",
    resource: addressResource,
    status: 200,
    handle: async ({ caller, params }) => ({ data: toResource(await ownAddress(caller.customerUser.id, params.id!)) }),
  },
  {
    id: "createAddress",
    method: "POST",
    path: "/addresses",
    summary: "Add an address to the caller's address book (a new default replaces the previous one)",
    scope: "addresses:write",
    resource: addressResource,
    body: (t) => resourceDocument("addresses", apiAddress(t)),
    status: 201,
    handle: async ({ caller, actor }, body) => {
      const values = (body as { data: { attributes: z.output<ReturnType<typeof addressSchema>> } }).data.attributes;
      const { id } = await addAddress(actor, caller.customerUser.id, values);
      return {
        afterCommit: async () => ({ status: 201, data: toResource(await ownAddress(caller.customerUser.id, id)) }),
      };
    },
  },
  {
    id: "updateAddress",
    method: "PATCH",
    path: "/addresses/{id}",
    summary: "Change an address of the caller's address book; attributes left out keep their value",
    scope: "addresses:write",
    resource: addressResource,
    body: () => resourceDocument("addresses", attributes.partial(), { id: true }),
    status: 200,
    handle: async ({ caller, actor, params, t }, body) => {
      const before = await ownAddress(caller.customerUser.id, params.id!);
      const changes = (body as { data: { attributes: Partial<OwnAddress> } }).data.attributes;
      const merged: Record<string, unknown> = { ...before, ...changes };
      for (const k of FLAGS) merged[k] ??= before[k];
      const values = parseAttributes(apiAddress(t), merged);
      await updateOwnAddress(actor, caller.customerUser.id, params.id!, values);
      return { afterCommit: async () => ({ data: toResource(await ownAddress(caller.customerUser.id, params.id!)) }) };
    },
  },
  {
    id: "deleteAddress",
    method: "DELETE",
    path: "/addresses/{id}",
    summary: "Remove an address from the caller's address book",
    scope: "addresses:write",
    resource: addressResource,
    status: 204,
    handle: async ({ caller, actor, params }) => {
      await deleteOwnAddress(actor, caller.customerUser.id, params.id!);
      return { status: 204 };
    },
  },
];
