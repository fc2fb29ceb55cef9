"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/result";
import { deactivateShopApplicationAction, deleteShopApplicationAction } from "@/lib/oauth-applications/shop-actions";

import { ConfirmButton } from "../confirm-button";

/** Deactivate, and delete after a confirmation, where the viewer may; a refusal is shown beside the buttons. */
export function ApplicationActions({
  id,
  name,
  may,
}: {
  id: string;
  name: string;
  may: { deactivate: boolean; delete: boolean };
}) {
  const t = useTranslations("shop.apiAccess");
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (action: () => Promise<ActionResult>) =>
    start(async () => {
      const res = await action();
      if (!res.ok) return setError(res.message);
      setError(null);
      router.refresh();
    });
  return (
    <span className="flex flex-wrap items-center gap-2">
      {may.deactivate && (
        <Button
          type="button"
          variant="secondary"
          disabled={pending || !hydrated}
          onClick={() => run(() => deactivateShopApplicationAction({ id }))}
        >
          {t("deactivate")}
        </Button>
      )}
      {may.delete && (
        <ConfirmButton
          label={t("delete")}
          question={t("confirmDelete", { name })}
          disabled={pending || !hydrated}
          onConfirm={() => run(() => deleteShopApplicationAction({ id }))}
        />
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
