import "server-only";

import type { Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { shopActor } from "@/lib/identity/impersonated-session";
import type { CustomerSession } from "@/lib/identity/shop-session";
import type { ApiCaller } from "@/lib/oauth/api-auth";

export type { ApiCaller };

/**
 * The storefront session the caller acts in, so the API calls the storefront's own services with
 * exactly what a signed-in customer user would pass them. Its `api` field makes every write the
 * services record carry the application (lib/identity/impersonated-session.ts `shopActor`).
 */
export async function sessionOf(caller: ApiCaller): Promise<CustomerSession> {
  const { customerUser: cu, application } = caller;
  const u = await prisma.customerUser.findUniqueOrThrow({
    where: { id: cu.id },
    select: {
      firstName: true,
      lastName: true,
      company: { select: { customerGroupId: true } },
      preferredLocalization: { select: { code: true } },
    },
  });
  return {
    id: cu.id,
    email: cu.email,
    firstName: u.firstName,
    lastName: u.lastName,
    websiteId: cu.websiteId,
    companyId: cu.companyId,
    customerGroupId: u.company.customerGroupId,
    locale: u.preferredLocalization?.code ?? null,
    // authentication refuses an owner whose password has expired or was reset
    passwordExpired: false,
    impersonation: null,
    sessionId: null,
    api: { applicationId: application.id, applicationName: application.name },
  };
}

/** "API: <application> for <owner's e-mail>", with the application, for the audit entries of API writes. */
export const apiActor = (caller: ApiCaller): Actor =>
  shopActor(
    {
      email: caller.customerUser.email,
      api: { applicationId: caller.application.id, applicationName: caller.application.name },
    },
    caller.ip,
  );
