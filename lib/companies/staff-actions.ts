"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { staffAction } from "@/lib/actions/staff-action";

import { companyFormSchema, deleteCompanySchema, searchCompaniesSchema, updateCompanySchema } from "./schema";
import { createCompany, deleteCompany, searchCompanies, updateCompany } from "./service";

export const createCompanyAction = staffAction(
  "customers/company/create",
  companyFormSchema,
  async ({ actor, input }) => {
    await createCompany(actor, input);
    revalidatePath("/admin/companies");
    redirect("/admin/companies?notice=created");
  },
);

export const updateCompanyAction = staffAction(
  "customers/company/edit",
  updateCompanySchema,
  async ({ actor, input }) => {
    await updateCompany(actor, input.id, input.values);
    revalidatePath("/admin/companies");
    redirect("/admin/companies?notice=updated");
  },
);

export const deleteCompanyAction = staffAction(
  "customers/company/delete",
  deleteCompanySchema,
  async ({ actor, input }) => {
    await deleteCompany(actor, input.id);
    revalidatePath("/admin/companies");
    redirect("/admin/companies?notice=deleted");
  },
);

/** The parent field's suggestions; read-only, so viewing companies is enough. */
export const searchCompaniesAction = staffAction("customers/company/view", searchCompaniesSchema, async ({ input }) => {
  return { ok: true, data: await searchCompanies(input.q, input.excludeId) };
});
