"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type RefObject } from "react";

import type { ActionResult } from "@/lib/actions/result";

import { announce } from "./announce";
import { Button, buttonClass } from "./button";
import { Dialog } from "./dialog";
import { useHydrated } from "./use-hydrated";

/**
 * Asks before an action that changes a record's state (disable, unlock, reset a password, delete):
 * the question, Confirm and Cancel, in an alert dialog. A refusal shows inside it; success closes
 * it, says what happened (`done`, in the shell's notice area, or `onOk`) and re-renders the page.
 */
export function ConfirmDialog<T>({
  open,
  onClose,
  title,
  question,
  confirmLabel,
  cancelLabel,
  tone = "primary",
  run,
  done,
  onOk,
  returnFocus,
  testId = "confirm-dialog",
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  tone?: "primary" | "danger";
  run: () => Promise<ActionResult<T>>;
  done?: string;
  onOk?: (data: T | undefined) => void;
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = () =>
    start(async () => {
      const res = await run();
      if (!res.ok) return setError(res.message);
      close();
      if (done) announce(done);
      onOk?.(res.data);
      router.refresh();
    });
  return (
    <Dialog
      open={open}
      onClose={close}
      role="alertdialog"
      size="sm"
      title={title}
      testId={testId}
      returnFocus={returnFocus}
    >
      <p>{question}</p>
      {error && (
        <p role="alert" data-testid={`${testId}-error`} className="mt-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="mt-4 flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={close}>
          {cancelLabel}
        </Button>
        <Button type="button" variant={tone} disabled={pending} onClick={confirm} data-testid={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

/** A button that asks before it acts: it opens a ConfirmDialog, and focus comes back to it. */
export function ConfirmButton<T>({
  label,
  variant = "secondary",
  className,
  ...dialog
}: Omit<Parameters<typeof ConfirmDialog<T>>[0], "open" | "onClose" | "title" | "confirmLabel"> & {
  label: string;
  variant?: "secondary" | "danger";
  /** replaces the button look of `variant` */
  className?: string;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className ?? buttonClass(variant)}
        disabled={!hydrated}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <ConfirmDialog {...dialog} open={open} onClose={() => setOpen(false)} title={label} confirmLabel={label} />
    </>
  );
}
