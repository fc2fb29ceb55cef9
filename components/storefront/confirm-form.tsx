"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { confirmRegistrationAction } from "@/lib/shop-account/shop-public-actions";

/**
 * Confirming takes a click rather than happening when the page loads: mail scanners that open
 * links must not use up the single-use token on the person's behalf.
 */
export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations("shop.confirm");
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      data-hydrated={hydrated}
      className="mt-6 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await confirmRegistrationAction({ token });
          if (res && !res.ok) setError(res.message);
        });
      }}
    >
      {error && (
        <Notice tone="error" testId="confirm-error">
          {error}
        </Notice>
      )}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
