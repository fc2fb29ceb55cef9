import "server-only";

import { z } from "zod";

import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/grid/text";
import { customerAccess, customerUserWhere } from "@/lib/shop-access/service";
import { userScope } from "@/lib/shop-company-users/scope";

import type { ResourceObject } from "../document";
import { afterWhere, orderByOf, pageOf, type KeyPart } from "../keyset";
import { API_BASE, type Operation } from "../operation";
import type { ResourceSpec } from "../query";

export const companyResource: ResourceSpec = { type: "companies", attributes: z.object({ name: z.string() }) };

export const userResource: ResourceSpec = {
  type: "users",
  attributes: z.object({
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    enabled: z.boolean(),
    roles: z.array(z.string()).describe("the names of the user's storefront roles"),
  }),
  relationships: { company: { resource: companyResource, many: false } },
};

const USER_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  enabled: true,
  company: { select: { id: true, name: true } },
  roles: { select: { role: { select: { name: true } } } },
} as const;

type UserRow = Prisma.CustomerUserGetPayload<{ select: typeof USER_SELECT }>;

const toCompany = (c: { id: string; name: string }): ResourceObject => ({
  type: "companies",
  id: c.id,
  attributes: { name: c.name },
});

function toUser(u: UserRow): ResourceObject {
  return {
    type: "users",
    id: u.id,
    attributes: {
      email: u.email,
      firstName: u.firstName,
      lastName: u.lastName,
      enabled: u.enabled,
      roles: u.roles.map((r) => r.role.name).sort(),
    },
    relationships: { company: { data: { type: "companies", id: u.company.id } } },
    links: { self: `${API_BASE}/users/${u.id}` },
  };
}

const usersOutcome = (rows: UserRow[]) => ({
  data: rows.map(toUser),
  related: { company: rows.map((u) => toCompany(u.company)) },
});

const USER_ORDER: KeyPart[] = [
  { field: "lastName", desc: false, kind: "string" },
  { field: "firstName", desc: false, kind: "string" },
  { field: "id", desc: false, kind: "string" },
];

/** The users the caller may see on the storefront's Users page: none without "manage-users", else as far as their level reaches. */
async function visibleUsers(customer: { id: string; companyId: string; websiteId: string; email: string }) {
  const access = await customerAccess(customer);
  return customerUserWhere(access, userScope(access, "VIEW"));
}

export const accountOperations: Operation[] = [
  {
    id: "getMe",
    method: "GET",
    path: "/me",
    summary: "The customer user the application acts as",
    scope: "me:read",
    resource: userResource,
    status: 200,
    handle: async ({ caller }) => {
      const u = await prisma.customerUser.findUniqueOrThrow({
        where: { id: caller.customerUser.id },
        select: USER_SELECT,
      });
      const outcome = usersOutcome([u]);
      return { data: outcome.data[0]!, related: outcome.related };
    },
  },
  {
    id: "getCompany",
    method: "GET",
    path: "/company",
    summary: "The company of the customer user the application acts as",
    scope: "company:read",
    resource: companyResource,
    status: 200,
    handle: async ({ caller }) => ({
      data: toCompany(
        await prisma.company.findUniqueOrThrow({
          where: { id: caller.customerUser.companyId },
          select: { id: true, name: true },
        }),
      ),
    }),
  },
  {
    id: "listUsers",
    method: "GET",
    path: "/users",
    summary: "The company's users as far as the caller's role reaches (the storefront's Users page)",
    scope: "users:read",
    resource: userResource,
    collection: { filters: { search: z.string().trim().min(1).max(100) } },
    status: 200,
    handle: async ({ caller, query }) => {
      const search = query.filter.search as string | undefined;
      const rows = await prisma.customerUser.findMany({
        where: {
          AND: [
            await visibleUsers(caller.customerUser),
            search
              ? {
                  OR: [
                    { email: containsText(search.toLowerCase()) },
                    { firstName: containsText(search) },
                    { lastName: containsText(search) },
                  ],
                }
              : {},
            afterWhere(USER_ORDER, query.page.after),
          ],
        },
        orderBy: orderByOf(USER_ORDER),
        take: query.page.size + 1,
        select: USER_SELECT,
      });
      const page = pageOf(rows, query.page.size, USER_ORDER);
      return { ...usersOutcome(page.rows), next: page.next };
    },
  },
  {
    id: "getUser",
    method: "GET",
    path: "/users/{id}",
    summary: "One user of the company, if the caller's role reaches them",
    scope: "users:read",
    resource: userResource,
    status: 200,
    handle: async ({ caller, params }) => {
      const rows = await prisma.customerUser.findMany({
        where: { AND: [{ id: params.id }, await visibleUsers(caller.customerUser)] },
        select: USER_SELECT,
      });
      if (rows.length === 0) throw new DomainError("notFound");
      const outcome = usersOutcome(rows);
      return { data: outcome.data[0]!, related: outcome.related };
    },
  },
];
