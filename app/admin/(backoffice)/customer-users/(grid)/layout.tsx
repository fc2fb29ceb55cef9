import type { ReactNode } from "react";

import { GridOptions } from "@/components/admin/customer-users/grid-options";
import { listWebsiteOptions } from "@/lib/customer-users/service";
import { listGridViews } from "@/lib/grid-views/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

/**
 * The grid's page renders again on every filter, sort or page change; this layout does not (only
 * the URL's query changes), so what the grid offers whatever its state is read here, once per visit.
 */
export default async function CustomerUsersGridLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaffPage("customers/customer-user/view");
  const [websites, views] = await Promise.all([listWebsiteOptions(), listGridViews(staff.id, "customer-users")]);
  return (
    <GridOptions websites={websites} views={views.map(({ id, name, isDefault }) => ({ id, name, isDefault }))}>
      {children}
    </GridOptions>
  );
}
