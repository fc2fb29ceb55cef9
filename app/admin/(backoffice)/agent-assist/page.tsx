import type { Metadata } from "next";
import { forbidden } from "next/navigation";

import { AgentSearch } from "@/components/admin/impersonation/agent-search";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Agent assist" };

/** The agents' desk: a permission alone is not enough, the staff user must be flagged as an agent. */
export default async function AgentAssistPage({ searchParams }: PageProps<"/admin/agent-assist">) {
  const staff = await requireStaffPage("customers/impersonation/start");
  if (!staff.isAgent) forbidden();
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? "";
  return <AgentSearch query={query} sees={staff.can} />;
}
