"use client";

import { createContext, useContext, useRef, type ReactNode } from "react";

type ModalControl = { close: () => void };
const ModalContext = createContext<ModalControl | null>(null);

/** Inside a modal: how a form closes the modal it sits in. Null when the form is a page of its own. */
export function useModal(): ModalControl | null {
  return useContext(ModalContext);
}

/**
 * A native modal <dialog> (focus trap, Escape and the backdrop come from the browser) opened by a
 * button; its content stays mounted while closed, so a form keeps nothing between openings only if it resets itself.
 */
export function ModalTrigger({
  label,
  title,
  closeLabel,
  testId,
  buttonClass,
  children,
}: {
  label: string;
  title: string;
  closeLabel: string;
  testId: string;
  buttonClass: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const control: ModalControl = { close: () => ref.current?.close() };
  return (
    <>
      <button type="button" className={buttonClass} data-testid={testId} onClick={() => ref.current?.showModal()}>
        {label}
      </button>
      <dialog
        ref={ref}
        aria-label={title}
        className="m-auto w-full max-w-3xl rounded-lg bg-slate-50 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-6 py-3">
          <h2 className="text-lg font-semibold">{title}</h2>
          <button type="button" className="text-sm underline" onClick={control.close}>
            {closeLabel}
          </button>
        </div>
        <div className="max-h-[80vh] overflow-y-auto p-4">
          <ModalContext.Provider value={control}>{children}</ModalContext.Provider>
        </div>
      </dialog>
    </>
  );
}
