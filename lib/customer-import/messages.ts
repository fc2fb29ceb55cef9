import type { Translate } from "@/lib/i18n/translate";

/** A row's message as stored: a catalogue key and its values, translated when a person reads it. */
export type RowMessage = { key: string; values?: Record<string, string | number> };
export type RowError = { column: string | null; message: RowMessage };

/**
 * The form's zod schemas take a translator; this one writes the key and its values instead of a
 * sentence, so the dry run stores messages that each reader sees in their own language.
 */
export const keyed: Translate = (key, values) => JSON.stringify(values ? { key, values } : { key });

export function messageOf(text: string): RowMessage {
  try {
    const parsed = JSON.parse(text) as RowMessage;
    if (parsed && typeof parsed.key === "string") return parsed;
  } catch {
    // a message zod wrote itself (a type mismatch): not one of ours
  }
  return { key: "customerImport.errors.invalid" };
}

export const translateMessage = (t: Translate, m: RowMessage) => t(m.key, m.values);
