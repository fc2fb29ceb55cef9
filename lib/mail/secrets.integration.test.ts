import type { AddressInfo } from "node:net";
import { createTranslator } from "next-intl";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { listEmails as listCustomerUserEmails } from "@/lib/customer-users/activity";
import { forcePasswordReset } from "@/lib/customer-users/password-reset";
import { sendWelcomeEmail } from "@/lib/customer-users/welcome";
import { prisma } from "@/lib/db";
import { registerCustomer, REGISTRATION_ROLE } from "@/lib/shop-account/registration";
import messages from "@/messages/en.json";
import { EMAIL_TEMPLATES } from "@/prisma/email-templates";
import { recipientCopy } from "@/tests/mail-fixtures";
import { makePasswordUser } from "@/tests/password-fixtures";
import { allow, auditRows, makeAdmin, makeGroup, makeRole, makeStaff, tag } from "@/tests/staff-fixtures";

import { deliverEmail } from "./delivery";
import { getEmail, listEmails, revealEmail } from "./service";
import { revealEmailAction } from "./staff-actions";
import { escapeHtml } from "./templates";

/** The server action's request context outside Next: who is signed in, and the English catalogue. */
const session = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.20" }) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => createTranslator({ locale: "en", messages }) }));
vi.mock("@/lib/identity/staff-session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/identity/staff-session")>();
  // not through tests/session-fixtures: it imports this very module, and the mock would wait on itself
  const { openSession } = await import("@/lib/identity/session-store");
  const signedIn = async (id: string) =>
    real.loadStaffSession(
      id,
      1,
      await openSession({ staffUserId: id }, { ip: "192.0.2.77", userAgent: "Mozilla/5.0" }, 3600),
    );
  return { ...real, currentStaff: async () => (session.id ? signedIn(session.id) : null) }; // a new user's session version
});

const received: string[] = [];
let server: SMTPServer;
let port: number;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      // quoted-printable as nodemailer writes it: soft line breaks joined, escapes decoded
      stream.on("end", () => {
        received.push(
          Buffer.concat(chunks)
            .toString("utf8")
            .replace(/=\r?\n/g, "")
            .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const smtp = () => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });

/** A customer user and the three messages that hand over an account, each with the secret it carries. */
async function accountMail() {
  const w = await makePasswordUser("Old-pass-2026!");
  for (const tpl of EMAIL_TEMPLATES.filter(
    (x) => (x.key === "welcome" || x.key === "confirm-registration") && x.locale === "en",
  )) {
    await prisma.emailTemplate.create({
      data: {
        key: tpl.key,
        localizationId: w.lang.id,
        subject: tpl.subject,
        bodyText: tpl.bodyText,
        bodyHtml: tpl.bodyHtml,
      },
    });
  }
  if (!(await prisma.customerRole.findFirst({ where: { name: REGISTRATION_ROLE, companyId: null } })))
    await prisma.customerRole.create({ data: { name: REGISTRATION_ROLE } });
  const mailOf = (recipientId: string, templateKey: string) =>
    prisma.emailMessage.findFirstOrThrow({ where: { recipientId, templateKey }, select: { id: true } });

  const password = `Gen-${w.t}-<&>-pass`;
  await prisma.$transaction((tx) => sendWelcomeEmail(tx, w.user.id, password));
  await forcePasswordReset((await makeAdmin()).actor, w.user.id);
  const email = `reg-${w.t}@example.com`;
  await registerCustomer(
    w.website.id,
    {
      firstName: "Reg",
      lastName: w.t,
      email,
      password: `Reg-pass-${w.t}`,
      repeatPassword: `Reg-pass-${w.t}`,
      companyName: `Reg ${w.t}`,
      consents: [],
    },
    null,
  );

  const registered = await prisma.customerUser.findUniqueOrThrow({
    where: { websiteId_email: { websiteId: w.website.id, email } },
    select: { id: true },
  });
  const welcome = await mailOf(w.user.id, "welcome");
  const reset = await mailOf(w.user.id, "forced-password-reset");
  const confirm = await mailOf(registered.id, "confirm-registration");
  const tokenIn = async (id: string) => /token=([\w-]+)/.exec((await recipientCopy(id)).text)![1]!;
  return {
    w,
    mails: [
      { kind: "welcome", id: welcome.id, to: w.user.email, recipientId: w.user.id, secret: password },
      { kind: "reset", id: reset.id, to: w.user.email, recipientId: w.user.id, secret: await tokenIn(reset.id) },
      {
        kind: "confirmation",
        id: confirm.id,
        to: email,
        recipientId: registered.id,
        secret: await tokenIn(confirm.id),
      },
    ],
  };
}

/** Everything a reader of the stored message gets: the whole row as PostgreSQL holds it, and what the pages' data functions return. */
async function readable(m: { id: string; to: string; recipientId: string }) {
  const [row] = await prisma.$queryRaw<
    { row: string }[]
  >`SELECT t::text AS row FROM "EmailMessage" t WHERE id = ${m.id}`;
  const mailbox = await listEmails({ q: m.to, sort: "createdAt", dir: "desc", page: 1, size: 50, filters: {} });
  return JSON.stringify([row, await getEmail(m.id), mailbox, await listCustomerUserEmails(m.recipientId, 1)]);
}

describe.each([
  { mode: "without SMTP (the mailbox is the delivery)", transport: () => null },
  { mode: "with SMTP", transport: smtp },
])("links and passwords in stored mail, $mode", ({ transport }) => {
  it("are masked for every reader before and after delivery, and reach the recipient in full", async () => {
    const { mails } = await accountMail();
    for (const m of mails) {
      expect(m.secret.length, m.kind).toBeGreaterThan(8);
      const shown = (when: string) =>
        readable(m).then((text) => [when, text.includes(m.secret) || text.includes(escapeHtml(m.secret))]);
      expect(await shown("before delivery")).toEqual(["before delivery", false]);
      expect(await getEmail(m.id), m.kind).toMatchObject({
        hidden: true,
        revealable: true,
        text: expect.stringContaining("••••••••"),
      });

      expect(await deliverEmail(m.id, transport(), { lastAttempt: false })).toBe("sent");
      expect(await shown("after delivery")).toEqual(["after delivery", false]);
      const sealed = (await prisma.emailMessage.findUniqueOrThrow({ where: { id: m.id }, omit: { sealed: false } }))
        .sealed;
      if (transport()) {
        // SMTP accepted it: the recipient holds the secret, the outbox none, not even sealed
        expect(
          received.some((data) => data.includes(m.secret)),
          m.kind,
        ).toBe(true);
        expect(sealed, m.kind).toBeNull();
        expect(await getEmail(m.id), m.kind).toMatchObject({ hidden: true, revealable: false });
      } else {
        expect(sealed, m.kind).toMatch(/^v1\./);
        expect((await recipientCopy(m.id)).text, m.kind).toContain(m.secret);
      }
    }
  });
});

describe("revealing a stored message's links and passwords", () => {
  it("gives a permitted staff member the message as sent and records who revealed which message", async () => {
    const { mails } = await accountMail();
    const { user, actor } = await makeAdmin();
    for (const m of mails) {
      await deliverEmail(m.id, null, { lastAttempt: false });
      const revealed = await revealEmail(actor, m.id);
      expect(revealed.text, m.kind).toContain(m.secret);
      expect((await auditRows("email-message", m.id)).map((r) => [r.action, r.actorStaffId])).toEqual([
        ["reveal", user.id],
      ]);
    }
  });

  it("refuses once SMTP took the secrets away", async () => {
    const { mails } = await accountMail();
    const reset = mails.find((m) => m.kind === "reset")!;
    await deliverEmail(reset.id, smtp(), { lastAttempt: false });
    await expect(revealEmail((await makeAdmin()).actor, reset.id)).rejects.toMatchObject({
      code: "mailNothingToReveal",
    });
    expect(await auditRows("email-message", reset.id)).toEqual([]);
  });

  it("is refused to a reader of the mailbox without the reveal permission, and allowed with it", async () => {
    const { mails } = await accountMail();
    const welcome = mails.find((m) => m.kind === "welcome")!;
    const staffWith = async (rules: ReturnType<typeof allow>[]) =>
      makeStaff([(await makeGroup(`mail-${tag()}`, [(await makeRole(`mail-${tag()}`, rules)).id])).id]);

    // the seeded Read-only role: view everything
    session.id = (await staffWith([allow("*", "*", "view")])).id;
    expect(await revealEmailAction({ id: welcome.id })).toEqual({
      ok: false,
      message: "You do not have the permission to do this.",
    });
    expect(await auditRows("email-message", welcome.id)).toEqual([]);

    const revealer = await staffWith([allow("system", "mail", "view"), allow("system", "mail", "reveal")]);
    session.id = revealer.id;
    const res = await revealEmailAction({ id: welcome.id });
    expect(res.ok && res.data?.text).toContain(welcome.secret);
    expect((await auditRows("email-message", welcome.id)).map((r) => [r.action, r.actorStaffId, r.ip])).toEqual([
      ["reveal", revealer.id, "192.0.2.20"],
    ]);
  });
});
