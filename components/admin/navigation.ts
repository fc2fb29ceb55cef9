import type { Permission } from "@/lib/acl/resources";
import type { StaffSession } from "@/lib/identity/staff-session";

/** The back-office menu: each entry is shown only to users who may open it. */
type NavItem = {
  label: string;
  href: string;
  permission: Permission;
  /** only for staff flagged as agents */ agentOnly?: true;
};

export const NAVIGATION: { section: string; items: NavItem[] }[] = [
  {
    section: "users",
    items: [
      { label: "usersList", href: "/admin/users", permission: "users/user/view" },
      { label: "groupsList", href: "/admin/groups", permission: "users/group/view" },
      { label: "rolesList", href: "/admin/roles", permission: "users/role/view" },
      { label: "auditLog", href: "/admin/audit-log", permission: "users/audit/view" },
    ],
  },
  {
    section: "customers",
    items: [
      { label: "companiesList", href: "/admin/companies", permission: "customers/company/view" },
      { label: "customerUsersList", href: "/admin/customer-users", permission: "customers/customer-user/view" },
      {
        label: "customerUserExports",
        href: "/admin/customer-users/exports",
        permission: "customers/customer-user/export",
      },
      { label: "customerRolesList", href: "/admin/customer-roles", permission: "customers/customer-role/view" },
      { label: "loginAttempts", href: "/admin/customer-login-attempts", permission: "customers/login-attempt/view" },
      { label: "impersonationLog", href: "/admin/impersonation", permission: "customers/impersonation/view" },
      {
        label: "oauthApplications",
        href: "/admin/oauth-applications",
        permission: "customers/oauth-application/view",
      },
      {
        label: "agentAssist",
        href: "/admin/agent-assist",
        permission: "customers/impersonation/start",
        agentOnly: true,
      },
    ],
  },
  {
    section: "sales",
    items: [
      { label: "ordersList", href: "/admin/orders", permission: "sales/order/view" },
      { label: "requestsForQuoteList", href: "/admin/requests-for-quote", permission: "sales/quote/view" },
      { label: "quotesList", href: "/admin/quotes", permission: "sales/quote/view" },
    ],
  },
  {
    section: "catalog",
    items: [
      { label: "productsList", href: "/admin/products", permission: "catalog/product/view" },
      { label: "priceListsList", href: "/admin/price-lists", permission: "catalog/price-list/view" },
    ],
  },
  {
    section: "content",
    items: [
      { label: "cmsPages", href: "/admin/cms-pages", permission: "content/cms-page/view" },
      { label: "consents", href: "/admin/consents", permission: "content/consent/view" },
    ],
  },
  {
    section: "system",
    items: [
      { label: "mailbox", href: "/admin/mailbox", permission: "system/mail/view" },
      { label: "emailTemplates", href: "/admin/email-templates", permission: "system/settings/view" },
      { label: "settings", href: "/admin/settings", permission: "system/settings/view" },
    ],
  },
];

type Viewer = Pick<StaffSession, "can"> & Partial<Pick<StaffSession, "isAgent">>;

export function visibleNavigation(staff: Viewer) {
  const shown = (i: NavItem) => staff.can(i.permission) && (!i.agentOnly || !!staff.isAgent);
  return NAVIGATION.map((s) => ({ ...s, items: s.items.filter(shown) })).filter((s) => s.items.length > 0);
}

export function firstAllowedPath(staff: Viewer): string | undefined {
  return visibleNavigation(staff)[0]?.items[0]?.href;
}
