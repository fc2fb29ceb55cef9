/** A translator as the zod schema factories need it: next-intl's `t` fits, and so does `keysOnly`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** For server-side parsing where only success matters (e.g. next-auth's authorize). */
export const keysOnly: Translate = (key) => key;
