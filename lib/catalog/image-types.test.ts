import { describe, expect, it } from "vitest";

import { detectImageType, uploadContentType } from "./image-types";

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe("detectImageType", () => {
  it("recognises PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpg");
    expect(detectImageType(new TextEncoder().encode("GIF89a..."))).toBe("gif");
    expect(detectImageType(new TextEncoder().encode("RIFF\u0001\u0002\u0003\u0004WEBPVP8 "))).toBe("webp");
  });

  it("refuses SVG, HTML and anything else, whatever the file is called", () => {
    expect(
      detectImageType(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBeNull();
    expect(detectImageType(new TextEncoder().encode("<html>"))).toBeNull();
    expect(detectImageType(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});

describe("uploadContentType", () => {
  it("answers only for generated names", () => {
    expect(uploadContentType("0123456789abcdef0123456789abcdef.png")).toBe("image/png");
    expect(uploadContentType("0123456789abcdef0123456789abcdef.jpg")).toBe("image/jpeg");
    for (const name of [
      "../etc/passwd",
      "0123456789abcdef0123456789abcdef.svg",
      "0123456789ABCDEF0123456789abcdef.png",
      "x.png",
      "0123456789abcdef0123456789abcdef.png/..",
      ".png",
    ]) {
      expect(uploadContentType(name), name).toBeNull();
    }
  });
});
