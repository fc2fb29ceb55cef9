import type { GridParams } from "@/lib/grid/params";

/** The mailbox is read newest first; the search box narrows it by recipient. */
export const MAILBOX_SORTS = ["createdAt"] as const;
export type MailboxSort = (typeof MAILBOX_SORTS)[number];
export type MailboxParams = GridParams<MailboxSort>;
export const MAILBOX_GRID = { sorts: MAILBOX_SORTS, defaultSort: "createdAt", defaultDir: "desc" } as const;
