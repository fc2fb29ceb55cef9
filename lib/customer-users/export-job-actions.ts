"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { staffAction } from "@/lib/actions/staff-action";

import { cancelExportJob, dismissExportNotice } from "./export-jobs";

const jobSchema = () => z.object({ id: z.string().min(1).max(64) });

/** Cancel a queued or running export: the requester's own, or anyone's with export-all. */
export const cancelExportJobAction = staffAction(
  ["customers/customer-user/export", "customers/customer-user/view"],
  jobSchema,
  async ({ staff, actor, input }) => {
    await cancelExportJob(actor, staff, input.id);
    revalidatePath("/admin/customer-users/exports");
    return { ok: true };
  },
);

/** Hide the notice of one's own finished export. */
export const dismissExportNoticeAction = staffAction(
  "customers/customer-user/export",
  jobSchema,
  async ({ staff, input }) => {
    await dismissExportNotice(staff, input.id);
    revalidatePath("/admin", "layout");
    return { ok: true };
  },
);
