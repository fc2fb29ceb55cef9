import "server-only";

import { decode, type JWT } from "next-auth/jwt";

/**
 * Decoding a session cookie derives its key (HKDF) and decrypts it: about a millisecond of CPU on
 * every request, for the same few cookies over and over. The payload of a given cookie value never
 * changes, so it is kept here, per instance, for the token's own lifetime at most. This only saves
 * the decryption: the session row, the user's status and session version are still read from the
 * database on every request, so a sign-out or deactivation is seen at once.
 */
const MAX_ENTRIES = 1000;
const decoded = new Map<string, { payload: JWT; expiresAt: number }>();

export async function decodeSessionToken(
  token: string,
  secret: string,
  salt: string,
  now = Date.now(),
): Promise<JWT | null> {
  const key = `${salt}\n${token}`;
  const hit = decoded.get(key);
  if (hit && hit.expiresAt > now) return hit.payload;
  decoded.delete(key);
  const payload = await decode({ token, secret, salt });
  if (!payload) return null;
  const expiresAt = typeof payload.exp === "number" ? payload.exp * 1000 : 0;
  if (expiresAt > now) {
    // oldest first: a Map iterates in insertion order
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, { payload, expiresAt });
  }
  return payload;
}
