import fc from "fast-check";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { CUSTOMER_GUARD } from "@/lib/actions/shop-action";
import { GUARD } from "@/lib/actions/staff-action";
import { CUSTOMER_ACTIONS, CUSTOMER_CAPABILITIES, CUSTOMER_ENTITIES } from "@/lib/customer-roles/catalog";
import { prisma } from "@/lib/db";
import { REGISTRATION_ROLE } from "@/lib/shop-account/registration";
import messages from "@/messages/en.json";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";

import { entryPoints } from "./entry-points";
import { fingerprint, nextTransactionId } from "./fingerprint";
import { mutationsOf } from "./input-mutations";
import { makeBuyer } from "./order-fixtures";
import { signInRow } from "./session-fixtures";
import { SHOP_ACTION_INPUTS } from "./shop-action-inputs";
import { STAFF_ACTION_INPUTS } from "./staff-action-inputs";
import { makeAdmin } from "./staff-fixtures";

/**
 * Every server action, fed inputs derived from a valid one by fast-check (NUL, lone surrogates,
 * 1 MB values, wrong types, missing and extra fields), as a caller allowed to do it: it answers with
 * a result or a redirect, never an error that would be a 500, and a refusal writes nothing.
 */
const session = vi.hoisted(() => ({ staffId: null as string | null, customerUserId: null as string | null }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.30" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages, namespace: namespace as never }),
}));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  const live = { where: { revokedAt: null }, orderBy: { createdAt: "asc" as const }, select: { id: true }, take: 1 };
  return {
    ...real,
    currentStaff: async () => {
      if (!session.staffId) return null;
      const u = await prisma.staffUser.findUniqueOrThrow({
        where: { id: session.staffId },
        select: { sessionVersion: true, authSessions: live },
      });
      return real.loadStaffSession(session.staffId, u.sessionVersion, u.authSessions[0]?.id);
    },
  };
});
vi.mock("@/lib/identity/shop-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/shop-session")>();
  const live = { where: { revokedAt: null }, orderBy: { createdAt: "asc" as const }, select: { id: true }, take: 1 };
  return {
    ...real,
    currentCustomer: async () => {
      if (!session.customerUserId) return null;
      const u = await prisma.customerUser.findUniqueOrThrow({
        where: { id: session.customerUserId },
        select: { sessionVersion: true, websiteId: true, authSessions: live },
      });
      return real.loadCustomerSession(
        { sub: session.customerUserId, sv: u.sessionVersion, wid: u.websiteId, sid: u.authSessions[0]?.id },
        u.websiteId,
      );
    },
  };
});

/** The public actions' well-formed inputs: nobody is signed in for them. */
const PUBLIC_INPUTS: Record<string, () => Promise<unknown>> = {
  "lib/staff-users/staff-actions.ts#loginAction": async () => ({
    email: "nobody@example.com",
    password: "Not-the-password-1",
  }),
  "lib/shop-account/shop-public-actions.ts#customerLoginAction": async () => ({
    email: "nobody@example.com",
    password: "Not-the-password-1",
    next: "/account",
  }),
  "lib/shop-account/shop-public-actions.ts#registerAction": async () => ({
    firstName: "Prop",
    lastName: "Erty",
    email: `prop-${Math.random().toString(36).slice(2)}@example.com`,
    password: "Prop-erty-pass-1",
    repeatPassword: "Prop-erty-pass-1",
    companyName: "Property Ltd",
    consents: [],
  }),
  "lib/shop-account/shop-public-actions.ts#confirmRegistrationAction": async () => ({ token: "no-such-token" }),
  "lib/shop-account/password-shop-public-actions.ts#forgotPasswordAction": async () => ({
    email: "nobody@example.com",
  }),
  "lib/shop-account/password-shop-public-actions.ts#resetPasswordAction": async () => ({
    token: "no-such-token",
    password: "Prop-erty-pass-1",
    repeatPassword: "Prop-erty-pass-1",
  }),
};
/** Refusals that write by design, with the reason; a refusal of the input itself (field errors) still writes nothing. */
const WRITES_WHEN_REFUSED: Record<string, string> = {
  "lib/staff-users/staff-actions.ts#loginAction": "a failed sign-in is counted towards the throttles and audited",
  "lib/shop-account/shop-public-actions.ts#customerLoginAction":
    "a failed sign-in is counted towards the lockout and recorded",
};

// PROPERTY_RUNS=200 for a longer search; a failure prints the seed and the input that broke it
const RUNS = Number(process.env.PROPERTY_RUNS ?? 15);
/** `AuthSession`: a session notes its use once a minute, whatever the action does. */
const snapshot = () => fingerprint({ except: ["AuthSession"] });

type Outcome = { kind: "refused"; fieldErrors: boolean } | { kind: "done" } | { kind: "crash"; error: unknown };
async function outcomeOf(call: () => unknown): Promise<Outcome> {
  try {
    const r = (await call()) as { ok?: boolean; fieldErrors?: unknown } | undefined;
    return r && r.ok === false ? { kind: "refused", fieldErrors: !!r.fieldErrors } : { kind: "done" };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    // redirect() after a write or to another page; notFound()/forbidden() answer 404/403
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "done" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
      return { kind: "refused", fieldErrors: false };
    return { kind: "crash", error };
  }
}

const short = (v: unknown) => {
  const s = JSON.stringify(v, (_k, x) =>
    typeof x === "string" && x.length > 60
      ? `${x.slice(0, 20)}…(${x.length} chars)`
      : typeof x === "bigint"
        ? `${x}n`
        : x,
  );
  return s === undefined ? String(v) : s;
};

let points: Awaited<ReturnType<typeof entryPoints>>;
let admin: string;
let buyer: string;
beforeAll(async () => {
  points = await entryPoints();
  // what the seed gives every installation: the English e-mail templates and the role a registration gets
  const en = await prisma.localization.upsert({
    where: { code: "en" },
    update: {},
    create: { code: "en", name: "English" },
  });
  for (const tpl of EMAIL_TEMPLATES.filter((x) => x.locale === "en")) {
    await prisma.emailTemplate.upsert({
      where: { key_localizationId: { key: tpl.key, localizationId: en.id } },
      update: {},
      create: {
        key: tpl.key,
        localizationId: en.id,
        subject: tpl.subject,
        bodyText: tpl.bodyText,
        bodyHtml: tpl.bodyHtml,
      },
    });
  }
  if (!(await prisma.customerRole.findFirst({ where: { name: REGISTRATION_ROLE, companyId: null } })))
    await prisma.customerRole.create({ data: { name: REGISTRATION_ROLE } });
  admin = (await makeAdmin()).user.id;
  await signInRow({ staffUserId: admin });
  // a customer administrator whose role holds every permission at the widest level and every capability
  const role = await prisma.customerRole.create({
    data: {
      name: `Everything ${admin.slice(0, 8)}`,
      capabilities: [...CUSTOMER_CAPABILITIES],
      permissions: {
        create: CUSTOMER_ENTITIES.flatMap((entity) =>
          CUSTOMER_ACTIONS.map((action) => ({ entity, action, level: "COMPANY_AND_SUBSIDIARIES" as const })),
        ),
      },
    },
  });
  buyer = (await makeBuyer(role.id)).user.id;
  await signInRow({ customerUserId: buyer });
}, 120_000);

describe("every server action is covered", () => {
  it("has a well-formed input for each action, guarded or public", () => {
    const actions = points
      .filter((p) => GUARD in p.fn || CUSTOMER_GUARD in p.fn || p.key in PUBLIC_INPUTS)
      .map((p) => p.key)
      .sort();
    expect(
      [...Object.keys(STAFF_ACTION_INPUTS), ...Object.keys(SHOP_ACTION_INPUTS), ...Object.keys(PUBLIC_INPUTS)].sort(),
    ).toEqual(actions);
  });
});

const cases = [
  ...Object.keys(STAFF_ACTION_INPUTS).map((key) => ({
    key,
    caller: "staff" as const,
    valid: STAFF_ACTION_INPUTS[key]!,
  })),
  ...Object.keys(SHOP_ACTION_INPUTS).map((key) => ({
    key,
    caller: "customer" as const,
    valid: SHOP_ACTION_INPUTS[key]!,
  })),
  ...Object.keys(PUBLIC_INPUTS).map((key) => ({ key, caller: "nobody" as const, valid: PUBLIC_INPUTS[key]! })),
];

describe("hostile input never fails with a server error, and a refusal writes nothing", () => {
  it.each(cases)(
    "$key",
    async ({ key, caller, valid }) => {
      const fn = points.find((p) => p.key === key)!.fn;
      session.staffId = caller === "staff" ? admin : null;
      session.customerUserId = caller === "customer" ? buyer : null;
      const shape = await valid();
      let before = await snapshot();
      await fc.assert(
        fc.asyncProperty(mutationsOf(shape), async (input) => {
          const xid = await nextTransactionId();
          const outcome = await outcomeOf(() => fn(input));
          if (outcome.kind === "crash")
            throw new Error(
              `${key}(${short(input)}) threw ${(outcome.error as Error)?.stack ?? String(outcome.error)}`,
            );
          const mayWrite = outcome.kind === "done" || (!outcome.fieldErrors && key in WRITES_WHEN_REFUSED);
          if (mayWrite) before = await snapshot();
          else if ((await nextTransactionId()) !== xid)
            expect(await snapshot(), `${key}(${short(input)}) was refused but wrote`).toBe(before);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    120_000,
  );
});
