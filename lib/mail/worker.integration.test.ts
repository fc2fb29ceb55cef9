import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";

import { enqueueEmail } from "./service";
import { startMailWorker } from "./worker";

const recipients: string[] = [];
let server: SMTPServer;
let worker: Awaited<ReturnType<typeof startMailWorker>>;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // a mailbox that refuses, to fail one message of a batch
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith("refused-") ? new Error("mailbox unavailable") : undefined);
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        recipients.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  worker = await startMailWorker({
    connectionString: process.env.DATABASE_URL!,
    transport,
    sweepSeconds: 60,
    pollingIntervalSeconds: 0.5,
    log: () => {},
  });
});

afterAll(async () => {
  await worker.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("mail worker on pg-boss", () => {
  it("dispatches a committed message once and delivers it over SMTP", async () => {
    const id = randomUUID().slice(0, 8);
    const to = `worker-${id}@example.com`;
    const { id: messageId } = await prisma.$transaction((tx) =>
      enqueueEmail(tx, { idempotencyKey: `worker:${id}`, to, subject: `Queued ${id}`, text: "body" }),
    );

    expect(await worker.sweep()).toBeGreaterThanOrEqual(1);
    // a second sweep finds nothing left to hand over
    await worker.sweep();
    const row = await until(
      () => prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } }),
      (r) => r.status !== "QUEUED",
    );
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(row.dispatchedAt).toBeInstanceOf(Date);
    expect(recipients.filter((r) => r === to)).toHaveLength(1);
  });

  it("a message that fails is retried on its own; the others of its batch are delivered", async () => {
    const id = randomUUID().slice(0, 8);
    const enqueue = (to: string) =>
      prisma.$transaction((tx) =>
        enqueueEmail(tx, { idempotencyKey: `batch:${to}`, to, subject: `Batch ${id}`, text: "body" }),
      );
    const good = await enqueue(`kept-${id}@example.com`);
    const bad = await enqueue(`refused-${id}@example.com`);
    await worker.sweep();
    const sent = await until(
      () => prisma.emailMessage.findUniqueOrThrow({ where: { id: good.id } }),
      (r) => r.status !== "QUEUED",
    );
    expect(sent.status).toBe("SENT");
    const failed = await until(
      () => prisma.emailMessage.findUniqueOrThrow({ where: { id: bad.id } }),
      (r) => r.lastError !== null,
    );
    expect(failed).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      lastError: expect.stringContaining("mailbox unavailable"),
    });
    const [job] = await prisma.$queryRaw<
      { state: string }[]
    >`SELECT state::text FROM pgboss.job WHERE data->>'id' = ${bad.id}`;
    expect(job?.state).toBe("retry");
  });
});
