/**
 * Checks proxy.ts runs before a request reaches a page or a server action, for input that would
 * otherwise surface as a server error: text PostgreSQL cannot store, request bodies React's reply
 * decoder cannot read, cross-origin action posts and oversized bodies. Pure functions, so they are
 * tested without a server. None of this is an access check: every action still checks its caller.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A NUL character (PostgreSQL text cannot hold it) or half of a surrogate pair (not valid UTF-8). */
export function isUnstorableText(value: string): boolean {
  return value.includes("\u0000") || LONE_SURROGATE.test(value);
}

/**
 * The dotted path ("addresses.0.city") of the first string in an action's input that PostgreSQL
 * could not store, or null. The action wrappers refuse such input at that field before parsing.
 */
export function unstorableInputPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return isUnstorableText(value) ? path.join(".") || "form" : null;
  if (depth > 32 || !value || typeof value !== "object") return null;
  for (const [key, v] of Object.entries(value)) {
    if (isUnstorableText(key)) return path.join(".") || "form";
    const found = unstorableInputPath(v, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** The path and every query parameter, decoded; malformed percent-encoding counts as bad too. */
export function hasBadUrlText(url: URL): boolean {
  try {
    if (isUnstorableText(decodeURIComponent(url.pathname))) return true;
  } catch {
    return true;
  }
  for (const [key, value] of url.searchParams) {
    if (isUnstorableText(key) || isUnstorableText(value)) return true;
  }
  // URLSearchParams turns malformed escapes into U+FFFD silently: look at the raw query as well
  try {
    decodeURIComponent(url.search.replace(/\+/g, " "));
  } catch {
    return true;
  }
  return false;
}

/**
 * React encodes a server action's arguments as a JSON array; strings starting with "$" are its
 * references. Our forms send plain values, which encode as "$$..." (an escaped dollar sign),
 * "$undefined", "$D<date>", "$-0", "$NaN", "$Infinity", "$-Infinity", "$n<digits>" (a bigint) or
 * "$T" (a temporary reference); forms with files or form data go as multipart bodies whose root
 * also names "$K<id>" (form fields "_<id>_<name>") and "$B<id>" (the part "<id>"). Anything else,
 * or a reference to a part the body lacks, makes React's decoder throw, which Next answers with a
 * 500: such a body is refused here as malformed instead.
 */
const PLAIN_MARKER = /^\$(\$|undefined$|D.|-0$|NaN$|-?Infinity$|n-?\d+$|T$)/;
const PART_MARKER = /^\$(K|B)([0-9a-f]+)$/;

function readableValue(value: unknown, part: (kind: string, id: string) => boolean, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || PLAIN_MARKER.test(value)) return true;
    const m = PART_MARKER.exec(value);
    return !!m && part(m[1]!, m[2]!);
  }
  if (Array.isArray(value)) return value.every((v) => readableValue(v, part, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => readableValue(v, part, depth + 1));
  return true;
}

function readableRoot(json: string, part: (kind: string, id: string) => boolean): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && readableValue(parsed, part);
}

/** A text body of a server action that React's decoder will read: a JSON array of plain values. */
export function isReadableActionText(body: string): boolean {
  return readableRoot(body, () => false);
}

/** A multipart body of a server action: its root part "0" read as above, every reference to a part it has. */
export function isReadableActionForm(form: FormData): boolean {
  const root = form.get("0");
  // a form posted without JavaScript has no root part: Next reads its fields itself
  if (root === null) return true;
  if (typeof root !== "string") return false;
  // form data that names no fields decodes as an empty FormData; a blob must be there
  return readableRoot(root, (kind, id) => kind === "K" || form.get(id) instanceof Blob);
}

/** The host a browser's Origin header must name for a same-origin post (what Next itself compares). */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
