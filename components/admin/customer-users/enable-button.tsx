"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setCustomerUserEnabledAction } from "@/lib/customer-users/actions";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Enable / Disable in place; the page re-renders with the new state, a refusal (no role yet) shows beside it. */
export function EnableButton({ id, enabled, className = "underline" }: { id: string; enabled: boolean; className?: string }) {
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
          const res = await setCustomerUserEnabledAction({ id, enabled: !enabled });
          if (res.ok) {
            setError(null);
            router.refresh();
          } else setError(res.message);
        })}
      >
        {t(enabled ? "actions.disable" : "actions.enable")}
      </button>
      {error && <span role="alert" data-testid="row-message" className="text-red-700">{error}</span>}
    </span>
  );
}
