import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";

import { deliverEmail } from "./delivery";
import { enqueueEmail } from "./service";
import { escapeHtml } from "./templates";

type Received = { from: string; to: string[]; data: string };
const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const smtp = (p: number) =>
  nodemailer.createTransport({ host: "127.0.0.1", port: p, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
const tag = () => randomUUID().slice(0, 8);

async function enqueue(id: string) {
  return prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      idempotencyKey: `test:${id}`,
      to: `buyer-${id}@example.com`,
      subject: `Welcome ${id}`,
      text: `Hello ${id}, your account is ready.`,
      html: `<p>Hello <b>${id}</b>, <a href="https://example.com/${id}">sign in</a>.</p>`,
      templateKey: "test",
      locale: "en",
    }),
  );
}

describe("e-mail outbox and SMTP delivery", () => {
  it("delivers a queued message over SMTP and marks it sent", async () => {
    const id = tag();
    const { id: messageId, created } = await enqueue(id);
    expect(created).toBe(true);
    expect(await deliverEmail(messageId, smtp(port), { lastAttempt: false })).toBe("sent");

    const got = received.find((r) => r.to.includes(`buyer-${id}@example.com`));
    expect(got).toBeDefined();
    expect(got!.data).toContain(`Subject: Welcome ${id}`);
    expect(got!.data).toContain(`Hello ${id}, your account is ready.`);
    const row = await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);

    // a second run of the same job sends nothing more
    expect(await deliverEmail(messageId, smtp(port), { lastAttempt: false })).toBe("skipped");
    expect(received.filter((r) => r.to.includes(`buyer-${id}@example.com`))).toHaveLength(1);
  });

  it("keeps a message queued with the error while retries remain, and fails it on the last attempt", async () => {
    const id = tag();
    const { id: messageId } = await enqueue(id);
    const closed = new SMTPServer({ authOptional: true, logger: false });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    await expect(deliverEmail(messageId, smtp(closedPort), { lastAttempt: false })).rejects.toThrow();
    let row = await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(row).toMatchObject({ status: "QUEUED", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);

    expect(await deliverEmail(messageId, smtp(closedPort), { lastAttempt: true })).toBe("failed");
    row = await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  it("marks a message sent without a transport, so it stays readable in the mailbox", async () => {
    const { id: messageId } = await enqueue(tag());
    expect(await deliverEmail(messageId, null, { lastAttempt: false })).toBe("sent");
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } })).status).toBe("SENT");
  });

  it("sends the real message over SMTP and keeps only the masked copy afterwards; without SMTP the sealed original stays", async () => {
    const id = tag();
    const secret = `S3cret<&>${id}`;
    const put = (key: string) =>
      prisma.$transaction((tx) =>
        enqueueEmail(tx, {
          idempotencyKey: `secret:${key}`,
          to: `secret-${key}@example.com`,
          subject: "Your password",
          text: "Password: ••••••••",
          html: "<p>Password: ••••••••</p>",
          unmasked: {
            subject: "Your password",
            text: `Password: ${secret}`,
            html: `<p>Password: ${escapeHtml(secret)}</p>`,
          },
        }),
      );
    const sealedOf = async (messageId: string) =>
      (await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId }, omit: { sealed: false } })).sealed;

    const smtpMessage = await put(`smtp-${id}`);
    expect(await sealedOf(smtpMessage.id)).not.toContain(id);
    expect(await deliverEmail(smtpMessage.id, smtp(port), { lastAttempt: false })).toBe("sent");
    expect(received.find((r) => r.to.includes(`secret-smtp-${id}@example.com`))!.data).toContain(`Password: ${secret}`);
    const stored = await prisma.emailMessage.findUniqueOrThrow({
      where: { id: smtpMessage.id },
      omit: { sealed: false },
    });
    expect(stored).toMatchObject({ text: "Password: ••••••••", html: "<p>Password: ••••••••</p>", sealed: null });

    const mailboxMessage = await put(`box-${id}`);
    expect(await deliverEmail(mailboxMessage.id, null, { lastAttempt: false })).toBe("sent");
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: mailboxMessage.id } })).text).toBe(
      "Password: ••••••••",
    );
    expect(await sealedOf(mailboxMessage.id)).toMatch(/^v1\./);
  });

  it("never selects the sealed original unless asked by name", async () => {
    const { id: messageId } = await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        idempotencyKey: `omit:${tag()}`,
        to: "omit@example.com",
        subject: "s",
        text: "••••••••",
        unmasked: { subject: "s", text: "secret", html: null },
      }),
    );
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } })).not.toHaveProperty("sealed");
  });

  it("enqueues one message per idempotency key", async () => {
    const id = tag();
    const first = await enqueue(id);
    const again = await enqueue(id);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await prisma.emailMessage.count({ where: { idempotencyKey: `test:${id}` } })).toBe(1);
  });

  it("leaves no message when the business transaction rolls back", async () => {
    const id = tag();
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { idempotencyKey: `test:${id}`, to: `x-${id}@example.com`, subject: "s", text: "t" });
        throw new Error("business rule refused");
      }),
    ).rejects.toThrow("business rule refused");
    expect(await prisma.emailMessage.count({ where: { idempotencyKey: `test:${id}` } })).toBe(0);
  });
});
