"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { createContext, useContext, useRef, useState, type ReactNode, type RefObject } from "react";

type DialogControl = { close: () => void };
const DialogContext = createContext<DialogControl | null>(null);

/** Inside a dialog: how a form closes the dialog it sits in. Null when the form is a page of its own. */
export function useModal(): DialogControl | null {
  return useContext(DialogContext);
}

const overlayClass = "fixed inset-0 z-40 bg-slate-900/50";
const contentClass =
  "fixed top-1/2 left-1/2 z-50 flex max-h-[90vh] w-[calc(100vw-1rem)] -translate-x-1/2 -translate-y-1/2 flex-col rounded-lg bg-slate-50 text-left text-slate-900 shadow-xl focus:outline-none";
const sizes = { sm: "max-w-md", md: "max-w-2xl", lg: "max-w-3xl" } as const;

type Common = {
  title: string;
  /** the header's close button; a confirmation leaves it out, its Cancel closes it */
  closeLabel?: string;
  testId?: string;
  size?: keyof typeof sizes;
  /** where focus goes once the dialog closed, when its opener is gone (a menu entry) */
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
};

/**
 * A modal dialog: focus moves in and stays in, Escape and the close button close it, and focus
 * returns to what opened it. Its content mounts only while open, so a form in it starts afresh.
 */
export function Dialog({
  open,
  onClose,
  role,
  ...common
}: Common & { open: boolean; onClose: () => void; role?: "alertdialog" }) {
  return (
    <RadixDialog.Root open={open} onOpenChange={(o) => !o && onClose()}>
      <DialogBody {...common} role={role} close={onClose} />
    </RadixDialog.Root>
  );
}

/** A button that opens a dialog holding `children`; a form inside closes it through `useModal()`. */
export function ModalTrigger({
  label,
  buttonClass,
  testId,
  ...common
}: Omit<Common, "returnFocus"> & { label: string; buttonClass: string }) {
  const [open, setOpen] = useState(false);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger className={buttonClass} data-testid={testId}>
        {label}
      </RadixDialog.Trigger>
      <DialogBody {...common} close={() => setOpen(false)} />
    </RadixDialog.Root>
  );
}

function DialogBody({
  title,
  closeLabel,
  testId,
  size = "lg",
  returnFocus,
  role,
  close,
  children,
}: Common & { role?: "alertdialog"; close: () => void }) {
  // a dialog opened without its own trigger sends focus back to what had it before
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClass} />
      <RadixDialog.Content
        {...(role ? { role } : {})}
        aria-describedby={undefined}
        data-testid={testId}
        className={`${contentClass} ${sizes[size]}`}
        onOpenAutoFocus={() => {
          opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        }}
        onCloseAutoFocus={(e) => {
          const target = returnFocus?.current ?? opener.current;
          if (!target?.isConnected) return;
          e.preventDefault();
          target.focus();
        }}
      >
        <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-6 py-3">
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          {closeLabel && <RadixDialog.Close className="text-sm underline">{closeLabel}</RadixDialog.Close>}
        </div>
        <div className="overflow-y-auto p-4">
          <DialogContext.Provider value={{ close }}>{children}</DialogContext.Provider>
        </div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
