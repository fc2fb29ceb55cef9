import type { ReactNode } from "react";

/** One titled block of the long customer user form. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 rounded-lg bg-white p-4 shadow sm:p-6">
      <legend className="float-left mb-2 w-full text-lg font-semibold">{title}</legend>
      {/* the floated legend keeps its title inside the card; everything under it clears the float */}
      <div className="clear-both space-y-4">{children}</div>
    </fieldset>
  );
}
