/** Every transactional e-mail the product sends, with the variables its text may use. */
export const TEMPLATE_KEYS = {
  welcome: ["firstName", "lastName", "email", "password", "loginUrl", "websiteName"],
  "confirm-registration": ["firstName", "lastName", "email", "confirmUrl", "websiteName"],
  "registration-existing-account": ["firstName", "lastName", "email", "loginUrl", "forgotPasswordUrl", "websiteName"],
  "reset-password": ["firstName", "lastName", "email", "resetUrl", "expiresInHours", "websiteName"],
  "forced-password-reset": ["firstName", "lastName", "email", "resetUrl", "websiteName"],
  "password-expiring": ["firstName", "lastName", "email", "expiresOn", "changeUrl", "websiteName"],
  "oauth-application-created": ["firstName", "lastName", "applicationName", "clientId", "websiteName", "createdBy"],
  "impersonation-notice": ["firstName", "lastName", "staffName", "startedAt", "websiteName"],
  "order-confirmation": ["firstName", "orderNumber", "total", "orderUrl", "websiteName", "createdOnBehalfNote"],
  "quote-sent": ["firstName", "lastName", "quoteNumber", "total", "validUntil", "quoteUrl", "websiteName"],
  /** to the staff member whose CSV export ran as a job: the back-office link needs their sign-in */
  "export-ready": ["firstName", "lastName", "exportName", "rows", "expiresOn", "downloadUrl"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Variables whose value hands over an account: whoever reads it can sign in as, or set the password
 * of, the recipient. The outbox stores the message with them masked (SECRET_MASK) and keeps the
 * real message sealed for delivery and an audited reveal only. A new variable of that kind (an
 * invitation or set-password link) belongs in this list.
 */
export const SECRET_VARIABLES = [
  "password",
  "confirmUrl",
  "resetUrl",
] as const satisfies readonly (typeof TEMPLATE_KEYS)[keyof typeof TEMPLATE_KEYS][number][];

/** What a reader of the stored copy sees in place of a secret; the same in every language and in HTML. */
export const SECRET_MASK = "••••••••";

export type TemplateKey = keyof typeof TEMPLATE_KEYS;
export type TemplateVars<K extends TemplateKey> = Partial<
  Record<(typeof TEMPLATE_KEYS)[K][number], string | number | null>
>;

export const TEMPLATE_KEY_LIST = Object.keys(TEMPLATE_KEYS) as TemplateKey[];

export const DEFAULT_TEMPLATE_LOCALE = "en";

export function isTemplateKey(value: string): value is TemplateKey {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_KEYS, value);
}

/** Example values the preview renders with, so an editor sees every variable filled in. */
export const SAMPLE_VALUES: Record<string, string> = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  password: "Sample-password-1",
  loginUrl: "https://shop.example.com/login",
  confirmUrl: "https://shop.example.com/confirm?token=sample",
  resetUrl: "https://shop.example.com/reset?token=sample",
  forgotPasswordUrl: "https://shop.example.com/forgot-password",
  changeUrl: "https://shop.example.com/account/password",
  expiresInHours: "24",
  expiresOn: "Dec 31, 2026",
  websiteName: "Example Shop",
  applicationName: "ERP connector",
  clientId: "client_sample_123",
  createdBy: "Grace Hopper",
  staffName: "Grace Hopper",
  startedAt: "Nov 23, 2026, 2:00 PM UTC",
  orderNumber: "SO-000123",
  total: "€1,234.50",
  orderUrl: "https://shop.example.com/orders/SO-000123",
  createdOnBehalfNote: "Grace Hopper placed this order for you.",
  quoteNumber: "QT-000042",
  validUntil: "Dec 31, 2026",
  quoteUrl: "https://shop.example.com/quotes/QT-000042",
  exportName: "customer-users-2026-12-14.csv",
  rows: "100,000",
  downloadUrl: "https://backoffice.example.com/admin/customer-users/exports/sample/download",
};
