import "server-only";

import { cookies } from "next/headers";

import { authSecret } from "@/lib/env";

import { decodeSessionToken } from "./decoded-tokens";
import { STAFF_SESSION_COOKIE } from "./staff-auth";

export type StaffToken = { id: string; sessionVersion: unknown; sessionId: unknown };

/**
 * The user id, session version and session row id in this request's back-office session cookie, or null when it is
 * missing, forged or expired. It decrypts and verifies the cookie exactly as next-auth does, but
 * skips what `auth()` adds for every page and then throws away in a server component: a CSRF token
 * and a re-encrypted cookie that cannot be set there.
 */
export async function readStaffToken(): Promise<StaffToken | null> {
  // next-auth splits a cookie above 4 KB into name.0, name.1, ...; the session value is their concatenation
  const chunks = (await cookies()).getAll().filter((c) => c.name.startsWith(STAFF_SESSION_COOKIE) && c.value);
  if (chunks.length === 0) return null;
  const suffix = (name: string) => parseInt(name.split(".").pop() || "0");
  const token = chunks
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((c) => c.value)
    .join("");
  try {
    const payload = await decodeSessionToken(token, authSecret, STAFF_SESSION_COOKIE);
    return payload?.sub ? { id: payload.sub, sessionVersion: payload.sv, sessionId: payload.sid } : null;
  } catch {
    return null;
  }
}
