const FALLBACK = "/account";
/** Any origin the application cannot have: only what stays on it survives. */
const HOME = "http://return-address.invalid";

/**
 * Only a path on this site may be the return address after signing in, so the sign-in page cannot
 * be an open redirect. The address is judged as a browser reads it: browsers drop tabs and line
 * breaks from a URL and read "\" as "/", so "/<tab>/evil.example" or "/\evil.example" would leave
 * the site. What comes back is the parsed path, percent-encoded, so it is also a valid header value.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return FALLBACK;
  try {
    const url = new URL(next, HOME);
    return url.origin === HOME ? url.pathname + url.search + url.hash : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
