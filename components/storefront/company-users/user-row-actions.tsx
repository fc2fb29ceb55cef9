"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  deleteAccountUserAction,
  resetAccountUserPasswordAction,
  setAccountUserEnabledAction,
} from "@/lib/shop-company-users/shop-actions";

import { ConfirmButton } from "../confirm-button";

/** Enable / disable and delete (after a confirmation) for one row; a refusal is shown next to the buttons. */
export function UserRowActions({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("shop.accountUsers");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const run = (action: () => Promise<{ ok: true } | { ok: false; message: string }>) =>
    start(async () => {
      setDone(null);
      const res = await action();
      if (res.ok) {
        setError(null);
        router.refresh();
      } else setError(res.message);
    });
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending || !hydrated}
        onClick={() => run(() => setAccountUserEnabledAction({ id, enabled: !enabled }))}
      >
        {enabled ? t("disable") : t("enable")}
      </Button>
      {enabled && (
        <ConfirmButton
          variant="secondary"
          label={t("resetPassword")}
          question={t("confirmReset", { name })}
          disabled={pending || !hydrated}
          onConfirm={() =>
            start(async () => {
              const res = await resetAccountUserPasswordAction({ id });
              if (res.ok) {
                setError(null);
                setDone(t("resetSent"));
              } else setError(res.message);
            })
          }
        />
      )}
      <ConfirmButton
        label={t("delete")}
        question={t("confirmDelete", { name })}
        disabled={pending || !hydrated}
        onConfirm={() => run(() => deleteAccountUserAction({ id }))}
      />
      {error && (
        <span role="alert" data-testid="row-error" className="text-red-700">
          {error}
        </span>
      )}
      {done && (
        <span role="status" data-testid="row-status" className="text-green-800">
          {done}
        </span>
      )}
    </span>
  );
}
