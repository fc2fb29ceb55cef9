/** The host name of a base URL or Host header, lower-cased and without the port. */
export function hostnameOf(hostOrUrl: string): string {
  const host = hostOrUrl.includes("://") ? new URL(hostOrUrl).host : hostOrUrl;
  return host.replace(/:\d+$/, "").toLowerCase();
}

/**
 * The website a request is for: the one whose base URL has the request's host name (ports are
 * ignored, so one server answers for all of them in development), else the oldest website, so a
 * bare IP or an unknown proxy host still gets a shop.
 */
export function pickWebsite<W extends { baseUrl: string }>(websites: W[], host: string | null): W | null {
  const wanted = host ? hostnameOf(host) : "";
  return websites.find((w) => hostnameOf(w.baseUrl) === wanted) ?? websites[0] ?? null;
}
