"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { consentFormSchema, consentIdSchema, updateConsentSchema } from "./schema";
import { deleteConsent, saveConsent } from "./service";

export const createConsentAction = staffAction(
  "content/consent/create",
  consentFormSchema,
  async ({ actor, input }) => {
    await saveConsent(actor, undefined, input);
    revalidatePath("/admin/consents");
    redirect("/admin/consents?notice=created");
  },
);

export const updateConsentAction = staffAction(
  "content/consent/edit",
  updateConsentSchema,
  async ({ actor, input }) => {
    await saveConsent(actor, input.id, input.values);
    revalidatePath("/admin/consents");
    redirect("/admin/consents?notice=updated");
  },
);

export const deleteConsentAction = staffAction("content/consent/delete", consentIdSchema, async ({ actor, input }) => {
  await deleteConsent(actor, input.id);
  revalidatePath("/admin/consents");
  redirect("/admin/consents?notice=deleted");
});
