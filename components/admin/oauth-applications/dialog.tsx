"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A native modal <dialog> (focus trap, Escape and the backdrop come from the browser) shown while
 * `open`; closing it by Escape or the close button calls `onClose`.
 */
export function Dialog({
  open,
  title,
  closeLabel,
  onClose,
  testId,
  children,
}: {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      data-testid={testId}
      onClose={onClose}
      className="m-auto w-full max-w-2xl rounded-lg bg-slate-50 p-0 text-left shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        <>
          <div className="flex items-center justify-between border-b border-slate-200 px-6 py-3">
            <h2 className="text-lg font-semibold">{title}</h2>
            <button type="button" className="text-sm underline" onClick={onClose}>
              {closeLabel}
            </button>
          </div>
          <div className="max-h-[80vh] overflow-y-auto p-4">{children}</div>
        </>
      )}
    </dialog>
  );
}
