"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";
import { setAssistanceAllowed } from "@/lib/impersonation/account";
import { assistanceAllowedSchema } from "@/lib/shop-account/assistance-consent-schema";

/** Only the customer answers this: a staff member signed in as them may not grant themselves access. */
export const setAssistanceAllowedAction = shopAction(
  "setAssistanceAllowed",
  assistanceAllowedSchema,
  async ({ customer, actor, input }) => {
    await setAssistanceAllowed(actor, customer.id, input.allowed);
    revalidatePath("/account/activity");
    return { ok: true };
  },
  { notWhileImpersonated: true },
);
