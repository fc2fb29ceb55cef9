import type { ReactNode } from "react";

/** One titled block of the long customer user form. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg bg-white p-6 shadow">
      <legend className="float-left mb-2 w-full text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}
