"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";
import { DomainError } from "@/lib/errors";
import { endOtherSessions, endOwnSession } from "@/lib/identity/own-sessions";
import { otherSessionsSchema, ownSessionSchema } from "@/lib/identity/session-schema";
import type { CustomerSession } from "@/lib/identity/shop-session";

/** The customer's own sign-in; a staff member signed in as them has none and is refused before this. */
function ownSessionOf(customer: CustomerSession): string {
  if (!customer.sessionId) throw new DomainError("impersonation.restricted");
  return customer.sessionId;
}

/** Signs out one of the customer user's other sessions (Account > Security); only their own are found. */
export const endCustomerSessionAction = shopAction(
  "endSession",
  ownSessionSchema,
  async ({ customer, actor, input }) => {
    await endOwnSession(actor, { customerUserId: customer.id }, input.id, ownSessionOf(customer));
    revalidatePath("/account/security");
    return { ok: true };
  },
  { notWhileImpersonated: true },
);

/** Signs out every session of the customer user but the one this request came with. */
export const endOtherCustomerSessionsAction = shopAction(
  "endOtherSessions",
  otherSessionsSchema,
  async ({ customer, actor }) => {
    await endOtherSessions(actor, { customerUserId: customer.id }, ownSessionOf(customer));
    revalidatePath("/account/security");
    return { ok: true };
  },
  { notWhileImpersonated: true },
);
