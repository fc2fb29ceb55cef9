"use server";

import { revalidatePath } from "next/cache";

import { SIGNED_IN, staffAction } from "@/lib/actions/staff-action";
import { localeCodes } from "@/lib/i18n/catalogs";
import { endOtherSessions, endOwnSession } from "@/lib/identity/own-sessions";
import { otherSessionsSchema, ownSessionSchema } from "@/lib/identity/session-schema";

import { accountLocaleSchema } from "./schema";
import { setOwnLocale } from "./service";

/** Every signed-in staff user may change their own interface language, whatever their permissions. */
export const updateOwnLocaleAction = staffAction(
  SIGNED_IN,
  (t) => accountLocaleSchema(t, localeCodes()),
  async ({ staff, actor, input }) => {
    await setOwnLocale({ ...actor, staffId: staff.id }, input.locale);
    revalidatePath("/admin", "layout");
    return { ok: true };
  },
);

/** Signs out one of the caller's other sessions (My account > Sessions); only their own are found. */
export const endOwnSessionAction = staffAction(SIGNED_IN, ownSessionSchema, async ({ staff, actor, input }) => {
  await endOwnSession(actor, { staffUserId: staff.id }, input.id, staff.sessionId);
  revalidatePath("/admin/account");
  return { ok: true };
});

/** Signs out every session of the caller but the one this request came with. */
export const endOtherSessionsAction = staffAction(SIGNED_IN, otherSessionsSchema, async ({ staff, actor }) => {
  await endOtherSessions(actor, { staffUserId: staff.id }, staff.sessionId);
  revalidatePath("/admin/account");
  return { ok: true };
});
