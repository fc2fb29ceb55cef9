import type { Metadata } from "next";

import { TemplatesList } from "@/components/admin/templates/templates-list";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "E-mail templates" };

export default async function EmailTemplatesPage({ searchParams }: PageProps<"/admin/email-templates">) {
  const staff = await requireStaffPage("system/settings/view");
  const { notice } = await searchParams;
  return <TemplatesList staff={staff} notice={typeof notice === "string" ? notice : undefined} />;
}
