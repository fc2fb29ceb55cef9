"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";

import { settingsFormSchema } from "./schema";
import { saveSettings } from "./service";

export const saveSettingsAction = staffAction("system/settings/edit", settingsFormSchema, async ({ actor, input }) => {
  const { websites, ...values } = input;
  await saveSettings(actor, values, websites);
  revalidatePath("/admin", "layout");
  return { ok: true };
});
