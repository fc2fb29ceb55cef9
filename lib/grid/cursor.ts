/**
 * A keyset cursor in a grid's URL: the sort value and id of the last row of the page before, so the
 * next page starts there instead of skipping every row before it. Opaque to the viewer (base64url of
 * a JSON pair) and untrusted: anything that is not a pair of short strings is no cursor.
 */
export type Cursor = { key: string; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text || text.length > 1000) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [key, id] = value as unknown[];
    if (typeof key !== "string" || key.length > 320 || typeof id !== "string" || !ID.test(id)) return null;
    return { key, id };
  } catch {
    return null;
  }
}
