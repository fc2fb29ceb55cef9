import "server-only";
import type { CustomerSession } from "@/lib/identity/shop-session";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Who a storefront write is by: the customer user, or the staff member signed in as them, with the
 * session, so the audit log tells the two apart and links every assisted write to its session.
 */
export function storefrontActor(customer: Pick<CustomerSession, "email"> & { impersonation?: CustomerSession["impersonation"] }, ip: string | null): Actor {
  const imp = customer.impersonation;
  if (!imp) return { staffId: null, label: `storefront: ${customer.email}`, ip };
  return { staffId: imp.staffUserId, label: `${imp.staffName} as ${customer.email}`, ip, impersonationSessionId: imp.sessionId };
}

/**
 * A preview changes nothing at all; an assistance session may act for the customer but not on the
 * customer's credentials, e-mail address or consents.
 */
export function assertAllowedWhileImpersonated(customer: Pick<CustomerSession, "impersonation">, restricted = false): void {
  if (customer.impersonation?.purpose === "PREVIEW") throw new DomainError("impersonation.previewReadOnly");
  if (customer.impersonation && restricted) throw new DomainError("impersonation.restricted");
}

/** One audit entry per successful storefront action taken during an impersonation, with what was sent. */
export async function auditImpersonatedWrite(customer: CustomerSession, name: string, input: unknown, ip: string | null): Promise<void> {
  if (!customer.impersonation) return;
  const after = input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : { input };
  await prisma.$transaction((tx) => recordAudit(tx, storefrontActor(customer, ip), { entity: "customer-user", entityId: customer.id, action: `storefront:${name}`, after }));
}
