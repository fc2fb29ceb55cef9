"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { deleteAccountRoleAction } from "@/lib/shop-company-roles/shop-actions";

/** Deleting a role someone still holds is refused; the message says how many hold it. */
export function DeleteRoleButton({ id }: { id: string }) {
  const t = useTranslations("shop.accountRoles");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  return (
    <span className="flex items-center gap-2">
      <Button
        type="button"
        variant="danger"
        disabled={pending || !hydrated}
        onClick={() =>
          start(async () => {
            const res = await deleteAccountRoleAction({ id });
            if (!res.ok) setError(res.message);
          })
        }
      >
        {t("delete")}
      </Button>
      {error && (
        <span role="alert" data-testid="role-delete-error" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
