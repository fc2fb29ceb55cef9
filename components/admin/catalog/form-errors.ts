import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { type ActionResult } from "@/lib/actions/result";

/** A server refusal shown at the fields it names ("values.entries.2.sku" -> "entries.2.sku"). */
export function applyFieldErrors<V extends FieldValues>(res: Extract<ActionResult, { ok: false }>, setError: UseFormSetError<V>) {
  for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
    const name = field.replace(/^values\./, "");
    if (name !== "values" && messages?.[0]) setError(name as Path<V>, { message: messages[0] });
  }
}
