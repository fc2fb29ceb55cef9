"use server";

import { revalidatePath } from "next/cache";
import { SIGNED_IN, staffAction } from "@/lib/auth/staff-action";
import { localeCodes } from "@/lib/i18n/catalogs";
import { accountLocaleSchema } from "./schema";
import { setOwnLocale } from "./service";

/** Every signed-in staff user may change their own interface language, whatever their permissions. */
export const updateOwnLocaleAction = staffAction(SIGNED_IN, (t) => accountLocaleSchema(t, localeCodes()), async ({ staff, actor, input }) => {
  await setOwnLocale({ ...actor, staffId: staff.id }, input.locale);
  revalidatePath("/admin", "layout");
  return { ok: true };
});
