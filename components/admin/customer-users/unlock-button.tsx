"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { unlockCustomerUserAction } from "@/lib/customer-users/actions";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Unlock in place: the lock and the failed sign-in count are cleared, and the page re-renders. */
export function UnlockButton({ id, className = "underline" }: { id: string; className?: string }) {
  const t = useTranslations("customerUsers");
  const router = useRouter();
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button" disabled={pending || !hydrated} className={`${className} disabled:opacity-50`}
        onClick={() => start(async () => {
          const res = await unlockCustomerUserAction({ id });
          if (res.ok) {
            setError(null);
            router.refresh();
          } else setError(res.message);
        })}
      >
        {t("actions.unlock")}
      </button>
      {error && <span role="alert" data-testid="unlock-message" className="text-red-700">{error}</span>}
    </span>
  );
}
