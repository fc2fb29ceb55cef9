"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { forwardRef, type ReactNode } from "react";

import { useHydrated } from "./use-hydrated";

const itemClass =
  "block w-full cursor-pointer rounded px-2 py-1.5 text-left text-sm outline-none data-[highlighted]:bg-slate-100 data-[disabled]:cursor-default";
const tones = { normal: "text-slate-900", danger: "text-red-800" } as const;

/**
 * A row's "More options": a button that opens a menu of links and actions. The menu sits in a
 * portal (no scroll box clips it), closes on Escape and a click outside with focus back on the
 * button, and is walked with the arrow keys. Its items render only while it is open, so a grid of
 * 100 rows carries 100 buttons, not 100 menus. Disabled until hydrated, since only then can it open.
 */
export const RowMenu = forwardRef<HTMLButtonElement, { label: string; testId?: string; children: ReactNode }>(
  function RowMenu({ label, testId, children }, ref) {
    const hydrated = useHydrated();
    return (
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          ref={ref}
          className="cursor-pointer rounded px-2 focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none disabled:cursor-default"
          disabled={!hydrated}
          aria-label={label}
          title={label}
          data-testid={testId}
        >
          …
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={4}
            collisionPadding={8}
            aria-label={label}
            className="z-50 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
          >
            {children}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    );
  },
);

/** A menu entry that opens a page. `native` for a link that must never be prefetched (it acts on opening). */
export function MenuLink({
  href,
  children,
  tone = "normal",
  native,
}: {
  href: string;
  children: ReactNode;
  tone?: keyof typeof tones;
  native?: boolean;
}) {
  return (
    <DropdownMenu.Item asChild className={`${itemClass} ${tones[tone]}`}>
      {native ? <a href={href}>{children}</a> : <Link href={href}>{children}</Link>}
    </DropdownMenu.Item>
  );
}

/** A menu entry that does something in place (often: opens a confirmation). */
export function MenuAction({
  onSelect,
  children,
  tone = "normal",
  testId,
}: {
  onSelect: () => void;
  children: ReactNode;
  tone?: keyof typeof tones;
  testId?: string;
}) {
  return (
    <DropdownMenu.Item className={`${itemClass} ${tones[tone]}`} onSelect={onSelect} data-testid={testId}>
      {children}
    </DropdownMenu.Item>
  );
}

/** An entry that is not available now, with the reason under it. */
export function MenuUnavailable({
  children,
  reason,
  testId,
}: {
  children: ReactNode;
  reason: string;
  testId?: string;
}) {
  return (
    <DropdownMenu.Item disabled className={itemClass} data-testid={testId}>
      <span className="text-slate-600 line-through">{children}</span>
      <span className="block text-xs text-slate-700">{reason}</span>
    </DropdownMenu.Item>
  );
}
