/** Who a change is by, as the audit log records it: a staff member, a customer user (staffId null), or the system. */
export type Actor = {
  staffId: string | null;
  label: string;
  ip: string | null;
  impersonationSessionId?: string;
  /** set when the write came through the storefront API: the OAuth application that made the call */
  oauthApplicationId?: string;
  /** set for the changes of a bulk run: each record's audit entry names the run */
  bulkRunId?: string;
  /** set when the write is part of a CSV import run (or its undo): every audit entry it writes names the run */
  importRunId?: string;
};
