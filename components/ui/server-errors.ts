import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import type { FieldErrors } from "@/lib/actions/result";

/** An action's refusal as the form receives it: the form-level message and the messages per field path. */
export type Refusal = { ok: false; message: string; fieldErrors?: FieldErrors };

/**
 * Shows a server action's refusal the one way every form does: each field's first message at its
 * field, and the message for the whole form returned for the form's notice. The action names a
 * field by its path in the action's input ("values.lines.0.sku" for `{ id, values }`); `within` is
 * the key the form's own values sit under in that input ("values" unless told, "address" for
 * `{ id, address }`), so "values.lines.0.sku" lands on "lines.0.sku". An error on that key itself
 * names no field of the form and is left to the returned message.
 */
export function applyServerErrors<V extends FieldValues>(
  res: Refusal,
  setError: UseFormSetError<V>,
  { within = "values" }: { within?: string } = {},
): string {
  for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
    const name = field.startsWith(`${within}.`) ? field.slice(within.length + 1) : field;
    if (name && name !== within && messages?.[0]) setError(name as Path<V>, { message: messages[0] });
  }
  return res.message;
}
