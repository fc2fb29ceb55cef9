"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { useHydrated } from "@/components/ui/use-hydrated";
import { setUserStatusAction } from "@/lib/staff-users/staff-actions";

/** Activate / Deactivate from the list; a refusal (e.g. the last manager) is shown in place. */
export function StatusButton({ id, to, label }: { id: string; to: "ACTIVE" | "DEACTIVATED"; label: string }) {
  const t = useTranslations("users.notice");
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending || !hydrated}
        className="underline disabled:opacity-50"
        onClick={() =>
          start(async () => {
            const res = await setUserStatusAction({ id, status: to });
            setMessage(
              res.ok
                ? { ok: true, text: t(to === "ACTIVE" ? "activated" : "deactivated") }
                : { ok: false, text: res.message },
            );
          })
        }
      >
        {label}
      </button>
      {message && (
        <span
          role={message.ok ? "status" : "alert"}
          data-testid="row-message"
          className={message.ok ? "text-green-800" : "text-red-700"}
        >
          {message.text}
        </span>
      )}
    </span>
  );
}
