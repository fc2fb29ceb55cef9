"use server";

import { revalidatePath } from "next/cache";

import { staffAction } from "@/lib/actions/staff-action";

import {
  applicationIdSchema,
  createApplicationSchema,
  regenerateSecretSchema,
  setApplicationActiveSchema,
  updateApplicationSchema,
} from "./schema";
import {
  createApplication,
  deleteApplication,
  regenerateSecret,
  setApplicationActive,
  updateApplication,
} from "./service";

/**
 * Every action names customers/customer-user/view after its own permission: the owner must be a
 * customer user the staff member may see. The application is found by its id; its owner comes from
 * the row, never from the input.
 */
const refresh = () => {
  revalidatePath("/admin/customer-users/[id]", "page");
  revalidatePath("/admin/oauth-applications");
};

/** The client ID and the secret come back this once; the dialog shows them, nothing stores the secret. */
export const createApplicationAction = staffAction(
  ["customers/oauth-application/create", "customers/customer-user/view"],
  createApplicationSchema,
  async ({ actor, staff, input }) => {
    const { clientId, clientSecret } = await createApplication(
      actor,
      { staffId: staff.id },
      input.customerUserId,
      input.values,
    );
    refresh();
    return { ok: true, data: { clientId, clientSecret } };
  },
);

export const updateApplicationAction = staffAction(
  ["customers/oauth-application/edit", "customers/customer-user/view"],
  updateApplicationSchema,
  async ({ actor, input }) => {
    await updateApplication(actor, input.id, input.values);
    refresh();
    return { ok: true };
  },
);

export const setApplicationActiveAction = staffAction(
  ["customers/oauth-application/edit", "customers/customer-user/view"],
  setApplicationActiveSchema,
  async ({ actor, input }) => {
    await setApplicationActive(actor, input.id, input.active);
    refresh();
    return { ok: true };
  },
);

export const regenerateSecretAction = staffAction(
  ["customers/oauth-application/edit", "customers/customer-user/view"],
  regenerateSecretSchema,
  async ({ actor, input }) => {
    const { clientSecret } = await regenerateSecret(actor, input.id, input.overlapHours);
    refresh();
    return { ok: true, data: { clientSecret } };
  },
);

export const deleteApplicationAction = staffAction(
  ["customers/oauth-application/delete", "customers/customer-user/view"],
  applicationIdSchema,
  async ({ actor, input }) => {
    await deleteApplication(actor, input.id);
    refresh();
    return { ok: true };
  },
);
