import type { ReactNode } from "react";

const tones = {
  success: "border-green-300 bg-green-50 text-green-900",
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

/** A message box; `status` for polite announcements, `alert` for errors. */
export function Notice({
  tone = "info",
  children,
  testId = "notice",
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`rounded-md border px-4 py-2 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
