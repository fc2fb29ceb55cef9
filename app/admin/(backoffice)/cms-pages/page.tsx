import type { Metadata } from "next";

import { CmsPagesTable } from "@/components/admin/cms/cms-pages-table";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "CMS pages" };

export default async function CmsPagesPage({ searchParams }: PageProps<"/admin/cms-pages">) {
  const staff = await requireStaffPage("content/cms-page/view");
  const raw = await searchParams;
  const params = parseGridParams(raw, { sorts: ["slug"], defaultSort: "slug" });
  return (
    <CmsPagesTable staff={staff} params={params} notice={typeof raw.notice === "string" ? raw.notice : undefined} />
  );
}
