"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

import { announcement, setAnnouncement, subscribeAnnouncement } from "./announce";
import { Notice } from "./notice";

/** Where the confirmation of an in-place action shows (see `announce`); cleared when the page changes. */
export function ActionNotice() {
  const notice = useSyncExternalStore(subscribeAnnouncement, announcement, () => null);
  const pathname = usePathname();
  useEffect(() => () => setAnnouncement(null), [pathname]);
  return notice ? (
    <div className="mb-4">
      <Notice tone="success" testId="action-notice">
        {notice.text}
      </Notice>
    </div>
  ) : null;
}
