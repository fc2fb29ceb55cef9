/**
 * Liveness for load balancers and the load benchmark's ceiling: answers as soon as the server runs
 * a request, reading nothing (no session, no database), so it is safe to leave public.
 */
export function GET(): Response {
  return new Response("ok", { headers: { "cache-control": "no-store", "content-type": "text/plain" } });
}
