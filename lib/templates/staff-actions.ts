"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { templateFormSchema } from "./schema";
import { previewTemplate, saveTemplate } from "./service";

export const saveTemplateAction = staffAction("system/settings/edit", templateFormSchema, async ({ actor, input }) => {
  await saveTemplate(actor, input);
  revalidatePath("/admin/email-templates");
  redirect("/admin/email-templates?notice=saved");
});

/** Renders the unsaved text with example values; reading is enough, nothing is written. */
export const previewTemplateAction = staffAction("system/settings/view", templateFormSchema, async ({ input }) => {
  return { ok: true, data: previewTemplate(input) };
});
