"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";

import { consentIdSchema } from "./schema";
import { acceptConsent, revokeConsent } from "./storefront";

export const acceptConsentAction = shopAction(
  "acceptConsent",
  consentIdSchema,
  async ({ customer, input }) => {
    await acceptConsent(customer.id, input.id);
    revalidatePath("/account/consents");
    return { ok: true };
  },
  { notWhileImpersonated: true },
);

export const revokeConsentAction = shopAction(
  "revokeConsent",
  consentIdSchema,
  async ({ customer, input }) => {
    await revokeConsent(customer.id, input.id);
    revalidatePath("/account/consents");
    return { ok: true };
  },
  { notWhileImpersonated: true },
);
