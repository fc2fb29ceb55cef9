"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { useHydrated } from "@/components/ui/use-hydrated";
import { resetCustomerUserPasswordAction } from "@/lib/customer-users/staff-actions";

/**
 * Asks once more before acting: the reset signs the user out and stops their password at once,
 * so a stray click must not lock a customer out.
 */
export function ResetPasswordButton({ id, className = "underline" }: { id: string; className?: string }) {
  const t = useTranslations("customerUsers");
  const router = useRouter();
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const reset = () =>
    start(async () => {
      const res = await resetCustomerUserPasswordAction({ id });
      setAsking(false);
      setResult(res.ok ? { ok: true, message: t("resetPassword.sent") } : { ok: false, message: res.message });
      if (res.ok) router.refresh();
    });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      {asking ? (
        <span className="inline-flex gap-2">
          <button
            type="button"
            disabled={pending || !hydrated}
            className={`${className} disabled:opacity-50`}
            onClick={reset}
            data-testid="reset-password-confirm"
          >
            {t("resetPassword.confirm")}
          </button>
          <button type="button" className="underline" onClick={() => setAsking(false)}>
            {t("resetPassword.cancel")}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className={className}
          onClick={() => {
            setResult(null);
            setAsking(true);
          }}
        >
          {t("actions.resetPassword")}
        </button>
      )}
      {result && (
        <span
          role={result.ok ? "status" : "alert"}
          data-testid="reset-password-message"
          className={result.ok ? "text-green-800" : "text-red-700"}
        >
          {result.message}
        </span>
      )}
    </span>
  );
}
