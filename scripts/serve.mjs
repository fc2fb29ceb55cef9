// The app's HTTP server: Next.js's request handler (a documented custom server) behind our own
// node:http server, so the client address the app reads is one we saw. `next start` keeps any
// X-Forwarded-For a client sends and only fills it in when it is absent, which let a client choose the
// address sign-in throttling counts and the logs record.
//   node scripts/serve.mjs [-p <port>] [-H <hostname>] [--keepAliveTimeout <ms>]   (the flags of `next start`)
// Used by `npm start`, the end-to-end tests and the benchmarks. SIGINT / SIGTERM: stop accepting
// connections, finish the requests in flight, exit 0.
import http from "node:http";
import { parseArgs } from "node:util";

import { proxyHops, rewriteForwarded } from "../lib/identity/forwarded.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    keepAliveTimeout: { type: "string" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname; // unset: every interface, as with `next start`
let hops;
try {
  hops = proxyHops(process.env.TRUST_PROXY);
} catch (e) {
  console.error(`[concierge] ${e.message}`);
  process.exit(1);
}

const compression = process.env.HTTP_COMPRESSION ?? "on";
if (compression !== "on" && compression !== "off") {
  console.error(`[concierge] HTTP_COMPRESSION must be "on" or "off", not "${compression}"`);
  process.exit(1);
}

// `next start` defaults NODE_ENV the same way; Next.js reads it while loading
process.env.NODE_ENV ||= "production";
const { default: next } = await import("next");
const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

let closing = false;
const server = http.createServer((req, res) => {
  // a busy keep-alive client would hold a closing server open: its connection ends with this answer
  if (closing) res.setHeader("connection", "close");
  rewriteForwarded(req.headers, req.socket.remoteAddress, hops);
  handle(req, res).catch((e) => {
    console.error(`[concierge] failed to handle ${req.method} ${req.url}:`, e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout);
server.on("error", (e) => {
  console.error(`[concierge] cannot serve on port ${port}: ${e.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`[concierge] serving on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // like `next start`: no new connections, the requests in flight finish, then Next.js cleans up
    server.close(() =>
      app
        .close()
        .catch(console.error)
        .finally(() => process.exit(0)),
    );
    server.closeIdleConnections();
  });
}
