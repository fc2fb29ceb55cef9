import { ApiError, JSON_API } from "./document";

/** Media type parameters JSON:API 1.1 allows on its media type; any other one is refused. */
const ALLOWED_PARAMS = new Set(["ext", "profile"]);

type MediaRange = { type: string; params: string[] };

function parseMediaRanges(header: string): MediaRange[] {
  return header
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [type = "", ...params] = part.split(";").map((p) => p.trim());
      return {
        type: type.toLowerCase(),
        params: params.map((p) => p.split("=")[0]!.trim().toLowerCase()).filter((p) => p && p !== "q"),
      };
    });
}

const unsupported = (range: MediaRange) => range.params.some((p) => !ALLOWED_PARAMS.has(p));

/**
 * 415 for a body that is not sent as the JSON:API media type (or sent with a parameter other than
 * ext or profile); 406 when the client accepts the JSON:API media type only with such parameters.
 */
export function checkMediaTypes(request: Request, hasBody: boolean): void {
  if (hasBody) {
    const [type] = parseMediaRanges(request.headers.get("content-type") ?? "");
    if (!type || type.type !== JSON_API || unsupported(type))
      throw new ApiError(415, [
        {
          status: "415",
          code: "unsupported-media-type",
          title: "Unsupported media type",
          detail: `Send the request body as ${JSON_API}, without media type parameters other than ext and profile.`,
          source: { header: "Content-Type" },
        },
      ]);
  }
  const accept = request.headers.get("accept");
  if (!accept) return;
  const ranges = parseMediaRanges(accept);
  const jsonApi = ranges.filter((r) => r.type === JSON_API);
  const other = ranges.some((r) => ["*/*", "application/*", "application/json"].includes(r.type));
  if (jsonApi.length > 0 ? jsonApi.every(unsupported) : !other)
    throw new ApiError(406, [
      {
        status: "406",
        code: "not-acceptable",
        title: "Not acceptable",
        detail: `This API answers with ${JSON_API}, without media type parameters other than ext and profile.`,
        source: { header: "Accept" },
      },
    ]);
}
