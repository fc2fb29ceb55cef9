import { openApiDocument } from "@/lib/api/openapi";

/** Public, like the reference page: it describes the API, and reveals nothing of anyone's data. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
