"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/auth/customer-action";
import { consentIdSchema } from "./schema";
import { acceptConsent, revokeConsent } from "./storefront";

export const acceptConsentAction = customerAction(consentIdSchema, async ({ customer, input }) => {
  await acceptConsent(customer.id, input.id);
  revalidatePath("/account/consents");
  return { ok: true };
});

export const revokeConsentAction = customerAction(consentIdSchema, async ({ customer, input }) => {
  await revokeConsent(customer.id, input.id);
  revalidatePath("/account/consents");
  return { ok: true };
});
