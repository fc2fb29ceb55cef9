import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { type FieldErrors } from "@/lib/actions/result";

/** Puts the server's translated field errors next to their fields ("address.city" → "city" with a prefix). */
export function applyFieldErrors<V extends FieldValues>(setError: UseFormSetError<V>, fieldErrors: FieldErrors | undefined, prefix = "") {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    const name = prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field;
    if (messages?.[0] && name) setError(name as Path<V>, { message: messages[0] });
  }
}
