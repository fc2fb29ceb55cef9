"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { staffAction, SIGNED_IN } from "@/lib/auth/staff-action";
import { DomainError } from "@/lib/errors";
import { startAssistSchema, sessionIdSchema } from "./schema";
import { endImpersonation, startImpersonation } from "./service";

/** "Log in as a user": returns the one-time link the browser opens in a new tab. */
export const startAssistAction = staffAction("customers/impersonation/start", startAssistSchema, async ({ actor, staff, input }) => {
  const userAgent = (await headers()).get("user-agent");
  const started = await startImpersonation({ ...actor, staffId: staff.id }, { customerUserId: input.customerUserId, purpose: "ASSIST", reason: input.reason, startPath: "/" }, userAgent);
  return { ok: true, data: { url: started.url } };
});

/** Anyone signed in may end their own session from the back office, e.g. after closing its tab. */
export const endOwnImpersonationAction = staffAction(SIGNED_IN, sessionIdSchema, async ({ staff, actor, input }) => {
  if (!(await endImpersonation(input.sessionId, "ENDED_BY_STAFF", { onlyStaffUserId: staff.id, actor }))) throw new DomainError("notFound");
  revalidatePath("/admin", "layout");
  return { ok: true };
});

/** A supervisor ends anyone's live session from the impersonation log. */
export const endImpersonationAction = staffAction("customers/impersonation/end", sessionIdSchema, async ({ actor, input }) => {
  if (!(await endImpersonation(input.sessionId, "ENDED_BY_STAFF", { actor }))) throw new DomainError("notFound");
  revalidatePath("/admin", "layout");
  return { ok: true };
});
