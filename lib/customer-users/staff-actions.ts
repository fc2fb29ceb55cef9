"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";
import { parseGridParams } from "@/lib/grid/params";

import { bulkRunOf, selectedCustomerUserIds, startBulkRun } from "./bulk";
import { BULK_PERMISSION, bulkChangeSchema, bulkMatchingSchema, bulkRunSchema } from "./bulk-schema";
import { selectionCount } from "./export-jobs";
import { assignableRoles, searchCompanyOptions, searchStaffOptions } from "./form-data";
import { createCustomerUser, deleteCustomerUser, setCustomerUserEnabled, updateCustomerUser } from "./manage";
import { CUSTOMER_USER_GRID } from "./params";
import { forcePasswordReset } from "./password-reset";
import {
  companyRolesSchema,
  createCustomerUserSchema,
  deleteCustomerUserSchema,
  searchSchema,
  setEnabledSchema,
  unlockCustomerUserSchema,
  updateCustomerUserSchema,
} from "./schema";
import { unlockCustomerUser } from "./unlock";

const GRID = "/admin/customer-users";

export const createCustomerUserAction = staffAction(
  "customers/customer-user/create",
  createCustomerUserSchema,
  async ({ actor, input }) => {
    const { id } = await createCustomerUser(actor, input);
    revalidatePath(GRID);
    redirect(
      `${GRID}/${id}?notice=created${input.sendWelcomeEmail ? (input.enabled ? "-welcome" : "-welcome-pending") : ""}`,
    );
  },
);

export const updateCustomerUserAction = staffAction(
  "customers/customer-user/edit",
  updateCustomerUserSchema,
  async ({ actor, input }) => {
    await updateCustomerUser(actor, input.id, input.values);
    revalidatePath(GRID);
    redirect(`${GRID}/${input.id}?notice=updated`);
  },
);

/** Enable/disable from the grid's "More options" or the view page; the page re-renders with the new state. */
export const setCustomerUserEnabledAction = staffAction(
  "customers/customer-user/edit",
  setEnabledSchema,
  async ({ actor, input }) => {
    await setCustomerUserEnabled(actor, input.id, input.enabled);
    revalidatePath(GRID, "layout");
    return { ok: true };
  },
);

/** Unlock from the grid's "More options" or the view page: clears the lock and the failed sign-in count. */
export const unlockCustomerUserAction = staffAction(
  "customers/customer-user/edit",
  unlockCustomerUserSchema,
  async ({ actor, input }) => {
    await unlockCustomerUser(actor, input.id);
    revalidatePath(GRID, "layout");
    return { ok: true };
  },
);

export const deleteCustomerUserAction = staffAction(
  "customers/customer-user/delete",
  deleteCustomerUserSchema,
  async ({ actor, input }) => {
    await deleteCustomerUser(actor, input.id);
    revalidatePath(GRID);
    redirect(`${GRID}?notice=deleted`);
  },
);

/**
 * The form's typeaheads and role list. Each lists records of another resource, so it needs that
 * resource's view permission too: companies, staff users (sales representatives), customer roles.
 */
export const searchCompanyOptionsAction = staffAction(
  ["customers/customer-user/view", "customers/company/view"],
  searchSchema,
  async ({ staff, input }) => ({
    ok: true,
    data: await searchCompanyOptions(input.q, staff.can),
  }),
);

export const searchSalesRepOptionsAction = staffAction(
  ["customers/customer-user/view", "users/user/view"],
  searchSchema,
  async ({ input }) => ({
    ok: true,
    data: await searchStaffOptions(input.q),
  }),
);

export const assignableRolesAction = staffAction(
  ["customers/customer-user/view", "customers/customer-role/view"],
  companyRolesSchema,
  async ({ input }) => ({
    ok: true,
    data: await assignableRoles(input.companyId || null),
  }),
);

/** "Reset password" from the grid's "More options" or the view page: the user must set a new password through the mailed link. */
export const resetCustomerUserPasswordAction = staffAction(
  "customers/customer-user/edit",
  unlockCustomerUserSchema,
  async ({ actor, input }) => {
    await forcePasswordReset(actor, input.id);
    revalidatePath(GRID, "layout");
    return { ok: true };
  },
);

/**
 * A bulk change from the grid: the viewer must hold the single-row action's permission (one for
 * enabling, disabling and resets, another for assignments), and every user changes through that
 * row action's service. Up to BULK_INLINE_LIMIT users change now; more go to the worker.
 */
export const bulkChangeCustomerUsersAction = staffAction(
  "customers/customer-user/view",
  bulkChangeSchema,
  async ({ staff, actor, input, t }) => {
    if (!staff.can(BULK_PERMISSION[input.action])) return { ok: false, message: t("errors.forbidden") };
    const ids = await selectedCustomerUserIds(
      input.matching ? { matching: input.matching } : { ids: input.ids },
      staff.can("customers/company/view"),
    );
    const run = await startBulkRun(actor, input.action, ids, { staffUserId: input.staffUserId });
    if (run.status === "DONE") revalidatePath(GRID, "layout");
    return { ok: true, data: run };
  },
);

/** How many customer users the grid's filters select, counted to the end (the grid's own count stops early). */
export const countMatchingCustomerUsersAction = staffAction(
  "customers/customer-user/view",
  bulkMatchingSchema,
  async ({ staff, input }) => ({
    ok: true,
    data: await selectionCount(parseGridParams(input.matching, CUSTOMER_USER_GRID), staff.can),
  }),
);

/** The progress of one's own bulk run: the bar polls this. */
export const bulkRunStatusAction = staffAction(
  "customers/customer-user/view",
  bulkRunSchema,
  async ({ staff, input, t }) => {
    const run = await bulkRunOf(input.id, staff.id);
    return run ? { ok: true, data: run } : { ok: false, message: t("errors.notFound") };
  },
);
