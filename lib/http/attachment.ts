/**
 * A Content-Disposition header that saves the file under its own name, umlauts and spaces included
 * (RFC 6266 `filename*`), with a plain-ASCII `filename` for old clients. Quotes, backslashes and
 * control characters cannot end the header or start another one: the ASCII name replaces them,
 * and the encoded one escapes them.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
