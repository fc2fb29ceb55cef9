import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";

import { prisma } from "@/lib/db";
import {
  endedImpersonationReason,
  liveImpersonation,
  type ApiActing,
  type LiveImpersonation,
  type ToldEnd,
} from "@/lib/identity/impersonated-session";
import { safeNext } from "@/lib/identity/safe-next";
import { isLocked } from "@/lib/identity/shop-lockout";
import { CHANGE_PASSWORD_PATH } from "@/lib/identity/shop-password-policy";
import { currentWebsite } from "@/lib/websites/website";

import { touchSession } from "./session-store";
import { auth } from "./shop-auth";

export type CustomerSession = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  websiteId: string;
  companyId: string;
  customerGroupId: string | null;
  /** the preferred localization's code, when one is chosen */
  locale: string | null;
  /** past its maximum age: the person must choose a new password before anything else */
  passwordExpired: boolean;
  /** set when a staff member is signed in as this customer user (the token's `act` claim) */
  impersonation: LiveImpersonation | null;
  /** the AuthSession row of the customer's own sign-in; null in an impersonated tab, which has none */
  sessionId: string | null;
  /** set when an OAuth application acts as the customer user through the storefront API */
  api?: ApiActing | null;
};

/** The claims of a storefront JWT that the check reads: user, session version, website, session row, actor. */
export type CustomerClaims = { sub?: unknown; sv?: unknown; wid?: unknown; sid?: unknown; act?: unknown };

/** The actor claim of an impersonated storefront token, as OAuth's token exchange names it. */
export type ActClaim = { sessionId: string; staffUserId: string };

const actClaim = (act: unknown): ActClaim | null =>
  act &&
  typeof act === "object" &&
  typeof (act as ActClaim).sessionId === "string" &&
  typeof (act as ActClaim).staffUserId === "string"
    ? (act as ActClaim)
    : null;

export { CHANGE_PASSWORD_PATH };

/**
 * Re-check a storefront JWT against the database with one indexed read: the session row the token
 * names must be live (not signed out, ended or expired), and the customer user must still exist, be
 * enabled, confirmed and not locked, hold the token's session version and belong to the website the
 * request is for. Signing out, locking, disabling and password changes end sessions this way.
 * An impersonated token is checked against its impersonation row instead of a session row and the
 * customer's session version, so the customer's own sign-outs and password changes never touch the
 * staff member's tab, and ending the impersonation never touches the customer's own sessions.
 */
export async function loadCustomerSession(
  claims: CustomerClaims,
  websiteId: string,
  now = new Date(),
): Promise<CustomerSession | null> {
  const id = claims.sub;
  if (typeof id !== "string" || claims.wid !== websiteId) return null;
  const actor = actClaim(claims.act);
  const impersonation = actor ? await liveImpersonation(actor.sessionId, id, websiteId, now) : null;
  if (actor && (!impersonation || impersonation.staffUserId !== actor.staffUserId)) return null;
  // a token without a session row (one issued before sessions were rows) is signed out
  const sessionId = impersonation ? null : typeof claims.sid === "string" ? claims.sid : null;
  if (!impersonation && !sessionId) return null;
  const u = await prisma.customerUser.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      websiteId: true,
      companyId: true,
      enabled: true,
      confirmed: true,
      locked: true,
      lockedUntil: true,
      sessionVersion: true,
      passwordStatus: true,
      company: { select: { customerGroupId: true } },
      preferredLocalization: { select: { code: true } },
      // the token's own session row, if live (an impersonated tab has none, and matches no row)
      authSessions: {
        where: { id: sessionId ?? "", revokedAt: null, expiresAt: { gt: now } },
        select: { lastSeenAt: true },
      },
    },
  });
  if (!u || !u.enabled || !u.confirmed || isLocked(u, now) || u.websiteId !== websiteId) return null;
  const session = u.authSessions[0];
  if (!impersonation && (!session || u.sessionVersion !== claims.sv)) return null;
  // a password reset by an administrator signs the account out until the link is used
  if (!impersonation && u.passwordStatus === "RESET") return null;
  if (sessionId && session) await touchSession(sessionId, session.lastSeenAt, now);
  return {
    id: u.id,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    websiteId: u.websiteId,
    companyId: u.companyId,
    customerGroupId: u.company.customerGroupId,
    locale: u.preferredLocalization?.code ?? null,
    // staff never choose the customer's password, so an expired one does not stop them
    passwordExpired: !impersonation && u.passwordStatus === "EXPIRED",
    impersonation,
    sessionId,
  };
}

const sessionOfRequest = cache(async (): Promise<CustomerSession | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const website = await currentWebsite();
  const claims = session as { sv?: unknown; wid?: unknown; sid?: unknown; act?: unknown };
  return loadCustomerSession({ sub: id, sv: claims.sv, wid: claims.wid, sid: claims.sid, act: claims.act }, website.id);
});

/**
 * In a tab whose impersonation has ended (time limit, a switch, the staff member's account or
 * capability, the customer's account, the back office): why, as the server recorded it. The signed
 * token names the session, so nothing in the request can choose what is said.
 */
export const endedImpersonation = cache(async (): Promise<ToldEnd | null> => {
  const session = await auth();
  const act = actClaim((session as { act?: unknown } | null)?.act);
  if (!act || (await sessionOfRequest())) return null;
  return endedImpersonationReason(act.sessionId, act.staffUserId, (await currentWebsite()).id);
});

/** Where a preview tab lands when it asks for anything but a content page. */
export const PREVIEW_ONLY_PATH = "/preview";

/**
 * The signed-in customer user of this request (checked once per request), or null for a visitor.
 * A staff preview is a customer session for content pages only: whatever else asks for the customer
 * (orders, account, colleagues, the catalogue, the home page) is sent to the preview notice instead,
 * so a preview can never read what only an assistance session, with its switches and consent, may.
 * Only the content page, the header and the language choice pass `allowPreview`.
 */
export async function currentCustomer(opts: { allowPreview?: boolean } = {}): Promise<CustomerSession | null> {
  const customer = await sessionOfRequest();
  if (customer?.impersonation?.purpose === "PREVIEW" && !opts.allowPreview) redirect(PREVIEW_ONLY_PATH);
  return customer;
}

/**
 * For storefront pages: the sign-in page (coming back here afterwards) when signed out, the
 * change-password page when the password has expired.
 */
export async function requireCustomer(
  path: string,
  opts: { allowExpiredPassword?: boolean } = {},
): Promise<CustomerSession> {
  const customer = await currentCustomer();
  if (!customer) redirect(`/login?next=${encodeURIComponent(safeNext(path))}`);
  if (customer.passwordExpired && !opts.allowExpiredPassword) redirect(CHANGE_PASSWORD_PATH);
  return customer;
}
