// The e2e suite's mail server: a real SMTP server (smtp-server) that keeps what it receives, the
// product's e-mail worker delivering to it (SMTP_URL points here), and a small HTTP endpoint the
// specs read the received messages from: GET /messages?to=<address>. Started by playwright.config.ts.
// It refuses recipients whose address starts with "undeliverable-": their messages stay queued, with
// their secrets sealed, as in an outbox whose mailbox is the only delivery.
import { spawn } from "node:child_process";
import http from "node:http";
import { SMTPServer } from "smtp-server";

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2625);
const HTTP_PORT = Number(process.env.E2E_MAIL_PORT ?? 2626);
const received = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(address.address.toLowerCase().startsWith("undeliverable-") ? new Error("mailbox unavailable") : undefined);
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));

const worker = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}?ignoreTLS=true` },
});
worker.on("exit", (code) => {
  console.error(`[mail-sink] worker exited (${code})`);
  process.exit(1);
});

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const to = url.searchParams.get("to")?.toLowerCase();
    const body = url.pathname === "/messages" ? received.filter((m) => !to || m.to.includes(to)) : { ok: true };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  })
  .listen(HTTP_PORT, "127.0.0.1");

for (const s of ["SIGINT", "SIGTERM"]) {
  process.on(s, () => {
    worker.removeAllListeners("exit");
    worker.kill("SIGTERM");
    smtp.close(() => process.exit(0));
  });
}
