"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { endImpersonationAction, endOwnImpersonationAction } from "@/lib/impersonation/actions";

/** Ends a live session from the back office: one's own (e.g. its tab was closed) or, on the log, anyone's. */
export function EndSessionButton({ sessionId, own = true }: { sessionId: string; own?: boolean }) {
  const t = useTranslations("impersonation");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const end = () => start(async () => {
    const res = await (own ? endOwnImpersonationAction : endImpersonationAction)({ sessionId });
    if (res.ok) router.refresh();
    else setError(res.message);
  });
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" disabled={pending || !hydrated} onClick={end} data-testid="end-session">{t("end")}</Button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
