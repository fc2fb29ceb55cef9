"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { saveCustomerAssignmentSchema } from "./schema";
import { saveCustomerAssignment } from "./service";

export const saveCustomerAssignmentAction = staffAction(
  "users/customer-assignment/edit",
  saveCustomerAssignmentSchema,
  async ({ staff, actor, input }) => {
    await saveCustomerAssignment(actor, input, staff.can);
    const page = `/admin/users/${encodeURIComponent(input.staffUserId)}/customers`;
    revalidatePath(page);
    redirect(`${page}?notice=saved`);
  },
);
