/** The image types an upload may have, recognised by their first bytes, never by the name or the browser's claim. */
export const IMAGE_TYPES = {
  png: { contentType: "image/png", magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  jpg: { contentType: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  gif: {
    contentType: "image/gif",
    magic: [
      [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
      [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
    ],
  },
  webp: { contentType: "image/webp", magic: [[0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50]] },
} as const;
export type ImageExt = keyof typeof IMAGE_TYPES;

/** 2 MB: a product photo, not a print master. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * The type of an uploaded image by its signature. SVG is refused on purpose: it is a document that
 * can carry script, and uploads are served from the shop's own origin.
 */
export function detectImageType(bytes: Uint8Array): ImageExt | null {
  for (const [ext, { magic }] of Object.entries(IMAGE_TYPES) as [ImageExt, (typeof IMAGE_TYPES)[ImageExt]][]) {
    if (magic.some((sig) => sig.length <= bytes.length && sig.every((b, i) => b === -1 || bytes[i] === b))) return ext;
  }
  return null;
}

/** Stored names are generated (32 hex digits and a known extension), so a request can never name another file. */
export const UPLOAD_NAME = /^([a-f0-9]{32})\.(png|jpg|gif|webp)$/;

export function uploadContentType(name: string): string | null {
  const m = UPLOAD_NAME.exec(name);
  return m ? IMAGE_TYPES[m[2] as ImageExt].contentType : null;
}
