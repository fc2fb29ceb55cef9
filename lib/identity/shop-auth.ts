import "server-only";

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { authSecret, hostCookie, secureCookies } from "@/lib/env";
import { verifyCustomerLogin } from "@/lib/identity/shop-sign-in";
import { currentWebsite } from "@/lib/websites/website";

import { clientIp } from "./client-ip";
import { openSession, originOf, revokeSignedOutSession } from "./session-store";
import { loginSchema } from "./sign-in-schema";

export const CUSTOMER_PROVIDER_ID = "shop-credentials";
export const CUSTOMER_AUTH_BASE_PATH = "/api/shop-auth";
export const CUSTOMER_COOKIE_PREFIX = "concierge-shop";
/** its own key: a back-office token can never be read as a storefront one, nor the other way round */
export const CUSTOMER_AUTH_SECRET = `${authSecret}:storefront`;
export const CUSTOMER_SESSION_COOKIE = hostCookie(`${CUSTOMER_COOKIE_PREFIX}.session-token`);
const SESSION_SECONDS = 14 * 24 * 60 * 60;

/**
 * Why a storefront sign-in was refused: a lock or an address block (told whatever the password), or
 * the account's state (told only to someone who gave the right password).
 */
export class CustomerSigninRefused extends CredentialsSignin {
  constructor(code: "locked" | "throttled" | "unconfirmed" | "disabled" | "passwordReset") {
    super();
    this.code = code;
  }
}

const cookie = (name: string) => ({
  name: hostCookie(`${CUSTOMER_COOKIE_PREFIX}.${name}`),
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies },
});

/**
 * The storefront realm: customer users of the request's website. Base path, cookie names, provider
 * id and secret differ from the back office's, so one browser holds both sessions side by side.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: CUSTOMER_AUTH_BASE_PATH,
  secret: CUSTOMER_AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    error: (e) => {
      if ((e as { type?: string }).type !== "CredentialsSignin") console.error(e);
    },
  },
  cookies: {
    sessionToken: { ...cookie("session-token"), name: CUSTOMER_SESSION_COOKIE },
    csrfToken: cookie("csrf-token"),
    callbackUrl: cookie("callback-url"),
  },
  providers: [
    Credentials({
      id: CUSTOMER_PROVIDER_ID,
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const website = await currentWebsite();
        const result = await verifyCustomerLogin({
          websiteId: website.id,
          ...parsed.data,
          ip: clientIp(request.headers),
        });
        if (result.kind === "invalid") return null;
        if (result.kind !== "ok") throw new CustomerSigninRefused(result.kind);
        const sessionId = await openSession(
          { customerUserId: result.user.id },
          originOf(request.headers),
          SESSION_SECONDS,
        );
        return {
          id: result.user.id,
          email: result.user.email,
          sessionVersion: result.user.sessionVersion,
          websiteId: result.user.websiteId,
          sessionId,
        };
      },
    }),
  ],
  // next-auth's own sign-out endpoint ends the session row too (customerLogoutAction already has, and stops if it cannot);
  // an impersonated tab has no row of its own: its ImpersonationSession is ended by customerLogoutAction
  events: {
    signOut: async (message) => {
      const token = "token" in message ? message.token : null;
      if (token?.sub && !token.act) await revokeSignedOutSession({ customerUserId: token.sub }, token.sid);
    },
  },
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        const u = user as { id?: string; sessionVersion?: number; websiteId?: string; sessionId?: string };
        token.sub = u.id;
        token.sv = u.sessionVersion;
        token.wid = u.websiteId;
        token.sid = u.sessionId;
      }
      return token;
    },
    session: ({ session, token }) => {
      session.user.id = token.sub ?? "";
      Object.assign(session, { sv: token.sv, wid: token.wid, sid: token.sid, act: token.act });
      return session;
    },
  },
});
