"use client";

import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type ActionResult } from "@/lib/actions/result";

/**
 * The confirm button of a delete warning page. The action redirects on success; a refusal (e.g. the
 * thing gained users since the warning was shown) is shown under the button.
 */
export function ConfirmDeleteButton<I>({
  action,
  input,
  label,
}: {
  action: (input: I) => Promise<ActionResult>;
  input: I;
  label: string;
}) {
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="danger"
        disabled={pending || !hydrated}
        onClick={() =>
          start(async () => {
            const res = await action(input);
            if (!res.ok) setError(res.message);
          })
        }
      >
        {label}
      </Button>
      {error && (
        <p role="alert" data-testid="delete-error" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
