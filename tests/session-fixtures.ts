import { openSession, type SessionOwner } from "@/lib/identity/session-store";
import { loadCustomerSession } from "@/lib/identity/shop-session";
import { loadStaffSession } from "@/lib/identity/staff-session";

export const TEST_ORIGIN = {
  ip: "192.0.2.77",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.0.0 Safari/537.36",
};

/** A live session row, as the credentials provider writes one at sign-in. */
export const signInRow = (owner: SessionOwner, now = new Date()) => openSession(owner, TEST_ORIGIN, 3600, now);

/** The session a fresh sign-in of this staff user loads: its own row, the given session version. */
export async function staffSessionOf(userId: string, sessionVersion = 1) {
  return loadStaffSession(userId, sessionVersion, await signInRow({ staffUserId: userId }));
}

/** The JWT claims of a fresh storefront sign-in of this customer user: its own row, its current session version and website. */
export async function customerClaimsOf(user: { id: string; sessionVersion: number; websiteId: string }) {
  return {
    sub: user.id,
    sv: user.sessionVersion,
    wid: user.websiteId,
    sid: await signInRow({ customerUserId: user.id }),
  };
}

/** The storefront session a fresh sign-in of this customer user loads on their website. */
export async function customerSessionOf(user: { id: string; sessionVersion: number; websiteId: string }) {
  return loadCustomerSession(await customerClaimsOf(user), user.websiteId);
}
