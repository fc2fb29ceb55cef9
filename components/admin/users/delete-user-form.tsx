"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteUserAction } from "@/lib/users/actions";

export function DeleteUserForm({ id, label }: { id: string; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await deleteUserAction({ id });
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
