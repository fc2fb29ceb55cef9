"use server";

import { revalidatePath } from "next/cache";
import { shopAction } from "@/lib/actions/shop-action";
import { customerActor } from "@/lib/shop-account/service";
import { setAssistanceAllowed } from "./account";
import { assistanceAllowedSchema } from "./consent-schema";

/** Only the customer answers this: a staff member signed in as them may not grant themselves access. */
export const setAssistanceAllowedAction = shopAction("setAssistanceAllowed", assistanceAllowedSchema, async ({ customer, input, ip }) => {
  await setAssistanceAllowed(customerActor(customer, ip), customer.id, input.allowed);
  revalidatePath("/account/activity");
  return { ok: true };
}, { notWhileImpersonated: true });
