"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/auth/customer-action";
import { consentIdSchema } from "./schema";
import { acceptConsent, revokeConsent } from "./storefront";

export const acceptConsentAction = customerAction("acceptConsent", consentIdSchema, async ({ customer, input }) => {
  await acceptConsent(customer.id, input.id);
  revalidatePath("/account/consents");
  return { ok: true };
}, { notWhileImpersonated: true });

export const revokeConsentAction = customerAction("revokeConsent", consentIdSchema, async ({ customer, input }) => {
  await revokeConsent(customer.id, input.id);
  revalidatePath("/account/consents");
  return { ok: true };
}, { notWhileImpersonated: true });
