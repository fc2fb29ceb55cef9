import { readUpload } from "@/lib/catalog/uploads";

/**
 * Uploaded product images, public like the shop's own images. The type comes from the stored name,
 * and nosniff plus a sandboxing policy keep a browser from treating the bytes as anything else.
 */
export async function GET(_request: Request, { params }: RouteContext<"/media/[file]">) {
  const file = await readUpload((await params).file);
  if (!file)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
