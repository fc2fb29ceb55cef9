/**
 * The message namespaces sent to the browser, per part of the app. Server components translate on
 * the server with the whole catalogue; only client components need texts in the browser, and a page
 * that carried the whole catalogue (~60 KB) spent a good part of its server time serialising it.
 *
 * A key is a route path (route groups left out). Its `ClientMessages scope="…"` sits in that path's
 * layout and serves it and every path below it that has no scope of its own. client-namespaces.test.ts
 * walks the imports of every page and layout and holds each list to exactly what the client code
 * under it reads.
 */
export const CLIENT_NAMESPACES = {
  "/": ["customerLevels", "errors", "orders", "shop"],
  "/admin": [],
  "/admin/login": ["errors", "login"],
  "/admin/account": ["account", "errors", "users"],
  "/admin/cms-pages": ["cms", "errors", "impersonation"],
  "/admin/companies": ["companies", "errors"],
  "/admin/consents": ["consents", "errors"],
  "/admin/customer-roles": ["customerLevels", "customerRoles", "errors"],
  "/admin/customer-users": ["customerUsers", "gridViews"],
  "/admin/customer-users/new": ["companies", "customerUsers", "errors"],
  "/admin/customer-users/import": ["customerImport"],
  "/admin/customer-users/[id]": [
    "companies",
    "customerUserView",
    "customerUsers",
    "errors",
    "impersonation",
    "oauthApplications",
    "orders",
    "quotes",
  ],
  "/admin/email-templates": ["errors", "templates"],
  "/admin/groups": ["errors", "groups"],
  "/admin/impersonation": ["impersonation"],
  "/admin/mailbox": ["mail"],
  "/admin/oauth-applications": ["errors", "oauthApplications"],
  "/admin/price-lists": ["catalog", "errors", "priceLists"],
  "/admin/products": ["catalog", "errors", "products"],
  "/admin/quotes": ["quotes"],
  "/admin/requests-for-quote": ["errors", "orders", "quotes"],
  "/admin/roles": ["errors", "roles"],
  "/admin/settings": ["settings"],
  "/admin/users": ["customerAssignment", "errors", "users"],
} as const satisfies Record<string, readonly string[]>;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;
