/**
 * Every area / resource / action the back office guards, defined once. The rule editor offers
 * exactly these (plus "*"), and every guard names one of them, so a typo is a type error. Resources
 * are listed here before their screens exist, so that roles can be prepared ahead of a release.
 */
export const ACL = {
  users: {
    user: ["view", "create", "edit", "delete"],
    group: ["view", "create", "edit", "delete"],
    role: ["view", "create", "edit", "delete"],
    audit: ["view"],
    /** Spryker's "Assign Customers": which customer users a staff user may preview the storefront as */
    "customer-assignment": ["view", "edit"],
  },
  customers: {
    company: ["view", "create", "edit", "delete"],
    /**
     * export = download the selected customer users and their addresses as CSV (large ones as a job);
     * export-all = see, download and cancel every staff member's export jobs, not only one's own;
     * import = upload, validate, run and undo CSV imports of them
     */
    "customer-user": ["view", "create", "edit", "delete", "export", "export-all", "import"],
    "customer-role": ["view", "create", "edit", "delete"],
    /** start = "Log in as customer user"; view = the impersonation log; end = end someone's live session */
    impersonation: ["start", "view", "end"],
    "login-attempt": ["view"],
    /** API clients of customer users (client credentials acting as their owner within their scopes) */
    "oauth-application": ["view", "create", "edit", "delete"],
  },
  sales: {
    /** override-price = sell at another price than the customer's own (audited) */
    order: ["view", "create", "edit", "override-price"],
    quote: ["view", "create", "edit", "override-price"],
  },
  catalog: {
    product: ["view", "create", "edit", "delete"],
    "price-list": ["view", "create", "edit", "delete"],
  },
  content: {
    "cms-page": ["view", "create", "edit", "delete", "preview"],
    consent: ["view", "create", "edit", "delete"],
  },
  system: {
    settings: ["view", "edit"],
    /** reveal = read the links and passwords of a stored message (audited); view shows them masked */
    mail: ["view", "reveal"],
  },
} as const;

type Acl = typeof ACL;
export type Area = keyof Acl;
export type Permission = {
  [A in Area]: {
    [R in keyof Acl[A]]: `${A}/${R & string}/${Acl[A][R] extends readonly (infer X)[] ? X & string : never}`;
  }[keyof Acl[A]];
}[Area];

export const WILDCARD = "*";

export function allPermissions(): Permission[] {
  const out: string[] = [];
  for (const [area, resources] of Object.entries(ACL)) {
    for (const [resource, actions] of Object.entries(resources)) {
      for (const action of actions as readonly string[]) out.push(`${area}/${resource}/${action}`);
    }
  }
  return out as Permission[];
}
