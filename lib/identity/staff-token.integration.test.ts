import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

import { authSecret } from "@/lib/env";

import { STAFF_SESSION_COOKIE } from "./staff-auth";
import { readStaffToken } from "./staff-token";

/** The cookies of the current request, as the browser sent them. */
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar.cookies }) }));

const mint = (claims: Record<string, unknown>, { secret = authSecret, maxAge = 3600 } = {}) =>
  encode({ token: claims, secret, salt: STAFF_SESSION_COOKIE, maxAge });

describe("the back-office session cookie", () => {
  it("yields the user, session version and session row that sign-in put into it", async () => {
    jar.cookies = [{ name: STAFF_SESSION_COOKIE, value: await mint({ sub: "staff-1", sv: 3, sid: "session-1" }) }];
    expect(await readStaffToken()).toEqual({ id: "staff-1", sessionVersion: 3, sessionId: "session-1" });
  });

  it("is joined from its chunks when it was split", async () => {
    const token = await mint({ sub: "staff-2", sv: 1, sid: "session-2" });
    const half = Math.floor(token.length / 2);
    jar.cookies = [
      { name: `${STAFF_SESSION_COOKIE}.1`, value: token.slice(half) },
      { name: `${STAFF_SESSION_COOKIE}.0`, value: token.slice(0, half) },
    ];
    expect(await readStaffToken()).toEqual({ id: "staff-2", sessionVersion: 1, sessionId: "session-2" });
  });

  it("counts as signed out when missing, expired, sealed with another secret or altered", async () => {
    const valid = await mint({ sub: "staff-3", sv: 1 });
    const cases = [
      [],
      [{ name: STAFF_SESSION_COOKIE, value: await mint({ sub: "staff-3", sv: 1 }, { maxAge: -60 }) }],
      [
        {
          name: STAFF_SESSION_COOKIE,
          value: await mint({ sub: "staff-3", sv: 1 }, { secret: "another-secret-0123456789-0123456789" }),
        },
      ],
      [{ name: STAFF_SESSION_COOKIE, value: `${valid.slice(0, -4)}AAAA` }],
      [{ name: "concierge-customer.session-token", value: valid }],
    ];
    for (const cookies of cases) {
      jar.cookies = cookies;
      expect(await readStaffToken()).toBeNull();
    }
  });
});
