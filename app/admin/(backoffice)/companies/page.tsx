import type { Metadata } from "next";

import { CompaniesGrid } from "@/components/admin/companies/companies-grid";
import { COMPANY_FILTERS, COMPANY_SORTS } from "@/lib/companies/service";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: PageProps<"/admin/companies">) {
  const staff = await requireStaffPage("customers/company/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: COMPANY_SORTS, defaultSort: "name", filters: COMPANY_FILTERS });
  return (
    <CompaniesGrid staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />
  );
}
