import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { API_BASE } from "./operation";

/**
 * The interactive API reference (Swagger UI), served from the app's own copy of swagger-ui-dist:
 * production has no internet, and the content security policy allows scripts only from this
 * origin with the request's nonce (lib/http/security-headers.ts), which the page's scripts carry.
 */
const DIST = path.join(process.cwd(), "node_modules", "swagger-ui-dist");
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

/** The nonce proxy.ts put into the request's policy; Next uses the same one for its own scripts. */
const nonceOf = (request: Request) =>
  /'nonce-([A-Za-z0-9+/=]+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1] ?? "";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function referencePage(request: Request): Response {
  const nonce = escapeHtml(nonceOf(request));
  const config = JSON.stringify({
    url: `${API_BASE}/openapi.json`,
    dom_id: "#swagger-ui",
    deepLinking: true,
    layout: "BaseLayout",
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concierge storefront API</title>
<link rel="stylesheet" href="/api/doc/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script nonce="${nonce}" src="/api/doc/swagger-ui-bundle.js"></script>
<script nonce="${nonce}">window.ui = SwaggerUIBundle(${config.replace(/</g, "\\u003c")});</script>
</body>
</html>`;
  return new Response(html, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function referenceAsset(name: string): Promise<Response> {
  const type = ASSETS[name];
  if (!type) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(await readFile(path.join(DIST, name)), {
    headers: { "content-type": type, "cache-control": "public, max-age=86400" },
  });
}
