import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { authSecret, env, hostCookie, secureCookies } from "@/lib/env";
import { verifyStaffLogin } from "@/lib/identity/staff-sign-in";

import { clientIp } from "./client-ip";
import { openSession, originOf, revokeSignedOutSession } from "./session-store";
import { loginSchema } from "./sign-in-schema";

export const STAFF_PROVIDER_ID = "staff-credentials";
export const STAFF_AUTH_BASE_PATH = "/api/admin-auth";
export const STAFF_COOKIE_PREFIX = "concierge-staff";

/** Raised when the account or address is temporarily blocked after too many failures. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const cookie = (name: string) => ({
  name: hostCookie(`${STAFF_COOKIE_PREFIX}.${name}`),
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies },
});

export const STAFF_SESSION_COOKIE = cookie("session-token").name;
const SESSION_SECONDS = env.STAFF_SESSION_HOURS * 60 * 60;

/**
 * The back-office realm. Its own base path, cookie names and provider id keep it apart from the
 * storefront realm, so one browser can hold both sessions.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: STAFF_AUTH_BASE_PATH,
  secret: authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  // a wrong password is not a server error: no stack trace for it (match `type`: names are minified)
  logger: {
    error: (e) => {
      if ((e as { type?: string }).type !== "CredentialsSignin") console.error(e);
    },
  },
  cookies: {
    sessionToken: cookie("session-token"),
    csrfToken: cookie("csrf-token"),
    callbackUrl: cookie("callback-url"),
  },
  providers: [
    Credentials({
      id: STAFF_PROVIDER_ID,
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyStaffLogin(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (result.kind === "throttled") throw new ThrottledSignin();
        if (result.kind !== "ok") return null;
        const sessionId = await openSession(
          { staffUserId: result.user.id },
          originOf(request.headers),
          SESSION_SECONDS,
        );
        return { id: result.user.id, email: result.user.email, sessionVersion: result.user.sessionVersion, sessionId };
      },
    }),
  ],
  // next-auth's own sign-out endpoint ends the session row too (logoutAction already has, and stops if it cannot)
  events: {
    signOut: async (message) => {
      const token = "token" in message ? message.token : null;
      if (token?.sub) await revokeSignedOutSession({ staffUserId: token.sub }, token.sid);
    },
  },
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        const u = user as { sessionVersion?: number; sessionId?: string };
        token.sub = user.id;
        token.sv = u.sessionVersion;
        token.sid = u.sessionId;
      }
      return token;
    },
    session: ({ session, token }) => {
      session.user.id = token.sub ?? "";
      (session as { sv?: unknown }).sv = token.sv;
      return session;
    },
  },
});
