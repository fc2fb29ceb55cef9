"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteGroupAction } from "@/lib/groups/actions";

/** Confirms the deletion for the number of users the warning page showed. */
export function DeleteGroupForm({ id, acknowledgedUsers, label }: { id: string; acknowledgedUsers: number; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await deleteGroupAction({ id, acknowledgedUsers });
            if (!res.ok) setError(res.message);
          })
        }
      >
        {label}
      </Button>
      {error && <p role="alert" data-testid="delete-error" className="mt-2 text-sm text-red-700">{error}</p>}
    </div>
  );
}
