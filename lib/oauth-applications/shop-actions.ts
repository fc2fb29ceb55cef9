"use server";

import { revalidatePath } from "next/cache";

import { shopAction } from "@/lib/actions/shop-action";
import { customerAccess } from "@/lib/shop-access/service";

import { applicationIdSchema } from "./schema";
import { deactivateShopApplication, deleteShopApplication } from "./storefront";

const PAGE = "/account/api-access";

/**
 * Account > API access. Never while a staff member is signed in as the customer: an application acts
 * as the customer with no staff member behind it, so its fate is the customer's own decision.
 */
export const deactivateShopApplicationAction = shopAction(
  "deactivateShopApplication",
  applicationIdSchema,
  async ({ customer, actor, input }) => {
    await deactivateShopApplication(actor, await customerAccess(customer), input.id);
    revalidatePath(PAGE);
    return { ok: true };
  },
  { notWhileImpersonated: true },
);

export const deleteShopApplicationAction = shopAction(
  "deleteShopApplication",
  applicationIdSchema,
  async ({ customer, actor, input }) => {
    await deleteShopApplication(actor, await customerAccess(customer), input.id);
    revalidatePath(PAGE);
    return { ok: true };
  },
  { notWhileImpersonated: true },
);
