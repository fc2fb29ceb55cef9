"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { cmsPageFormSchema, deleteCmsPageSchema, updateCmsPageSchema } from "./schema";
import { deleteCmsPage, saveCmsPage } from "./service";

export const createCmsPageAction = staffAction(
  "content/cms-page/create",
  cmsPageFormSchema,
  async ({ actor, input }) => {
    await saveCmsPage(actor, undefined, input);
    revalidatePath("/admin/cms-pages");
    redirect("/admin/cms-pages?notice=created");
  },
);

export const updateCmsPageAction = staffAction(
  "content/cms-page/edit",
  updateCmsPageSchema,
  async ({ actor, input }) => {
    await saveCmsPage(actor, input.id, input.values);
    revalidatePath("/admin/cms-pages");
    redirect("/admin/cms-pages?notice=updated");
  },
);

export const deleteCmsPageAction = staffAction(
  "content/cms-page/delete",
  deleteCmsPageSchema,
  async ({ actor, input }) => {
    await deleteCmsPage(actor, input.id);
    revalidatePath("/admin/cms-pages");
    redirect("/admin/cms-pages?notice=deleted");
  },
);
