import { deniedPickers } from "@/components/admin/no-access";
import type { Sees } from "@/lib/acl/visibility";

/** The customer user form's pickers and the view permission each needs (types.ts: DeniedPickers). */
export const customerUserPickers = (sees: Sees) =>
  deniedPickers(sees, {
    companies: ["customers/company/view", "companies"],
    staffUsers: ["users/user/view", "staffUsers"],
    customerRoles: ["customers/customer-role/view", "customerRoles"],
  });
