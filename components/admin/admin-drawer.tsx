"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState, type ReactNode } from "react";

/**
 * Below 1024 px the sidebar is a drawer: a Menu button opens it as a modal dialog (focus held
 * inside, Escape closes it); following a link closes it.
 */
export function AdminDrawer({
  title,
  menuLabel,
  closeLabel,
  children,
}: {
  title: string;
  menuLabel: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium lg:hidden"
        data-testid="nav-toggle"
      >
        {menuLabel}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-slate-900 text-slate-100 shadow-xl focus:outline-none"
          data-testid="nav-drawer"
          onClick={(e) => {
            if (e.target instanceof Element && e.target.closest("a")) setOpen(false);
          }}
        >
          <div className="flex items-center justify-between px-5 py-4">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close className="text-sm underline">{closeLabel}</Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
