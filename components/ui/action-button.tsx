"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";

import { type ActionResult } from "@/lib/actions/result";

import { announce } from "./announce";
import { useHydrated } from "./use-hydrated";

/**
 * A button that runs one server action in place: disabled until hydrated (a click before that would
 * do nothing) and while it runs; a refusal shows beside it; success re-renders the page, or does
 * what `onOk` says; `done` is the confirmation the shell then shows.
 */
export function ActionButton<T>({
  run,
  children,
  className = "underline",
  errorTestId,
  testId,
  ariaLabel,
  onOk,
  refreshOnError = false,
  done,
}: {
  run: () => Promise<ActionResult<T>>;
  children: ReactNode;
  className?: string;
  errorTestId?: string;
  testId?: string;
  ariaLabel?: string;
  onOk?: (data: T | undefined) => void;
  /** re-render the page after a refusal too, when the page shows what caused it and the way out */
  refreshOnError?: boolean;
  done?: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const click = () =>
    start(async () => {
      const res = await run();
      if (!res.ok) {
        setError(res.message);
        if (refreshOnError) router.refresh();
        return;
      }
      setError(null);
      if (done) announce(done);
      if (onOk) onOk(res.data);
      else router.refresh();
    });
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending || !hydrated}
        className={`${className} disabled:opacity-50`}
        onClick={click}
        data-testid={testId}
        aria-label={ariaLabel}
      >
        {children}
      </button>
      {error && (
        <span role="alert" data-testid={errorTestId} className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
