"use client";

import { useState } from "react";

import type { ThemeChoice } from "./theme-script";

const CHOICES = ["system", "light", "dark"] as const;

/** Light, dark or as the system says: saved in a cookie for a year, applied at once. */
export function ThemeSwitch({
  initial,
  labels,
}: {
  initial: ThemeChoice;
  labels: { label: string } & Record<ThemeChoice, string>;
}) {
  const [choice, setChoice] = useState(initial);
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    document.cookie =
      next === "system" ? "theme=; path=/; max-age=0" : `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    const dark = next === "dark" || (next === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  };
  return (
    <select
      aria-label={labels.label}
      value={choice}
      onChange={(e) => choose(e.target.value as ThemeChoice)}
      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
      data-testid="theme-switch"
    >
      {CHOICES.map((c) => (
        <option key={c} value={c}>
          {labels[c]}
        </option>
      ))}
    </select>
  );
}
