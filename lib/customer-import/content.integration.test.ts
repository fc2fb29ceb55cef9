import { describe, expect, it } from "vitest";

import { prisma } from "@/lib/db";
import { makeAdmin } from "@/tests/staff-fixtures";

import { parseStored, storedContent } from "./content";

const store = async (bytes: Uint8Array<ArrayBuffer>) => {
  const admin = await makeAdmin();
  return prisma.csvImport.create({
    data: {
      entity: "users",
      fileName: "stored.csv",
      checksum: "0".repeat(64),
      size: bytes.length,
      content: bytes,
      encoding: "utf-8-bom",
      delimiter: ";",
      requestedById: admin.user.id,
      requestedByLabel: admin.user.email,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
};

describe("a stored upload read in slices", () => {
  it("gives back exactly the stored bytes, slice by slice, and parses from them as from memory", async () => {
    const text =
      "First Name;Last Name\r\n" + Array.from({ length: 200 }, (_, i) => `Jürgen ${i};Weiß 😀 ${i}`).join("\r\n");
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const imp = await store(bytes);
    const slices: Uint8Array[] = [];
    for await (const s of storedContent(imp.id, imp.size, 7)()) slices.push(s);
    expect(slices).toHaveLength(Math.ceil(bytes.length / 7));
    expect(Buffer.concat(slices).equals(Buffer.from(bytes))).toBe(true);

    const parsed = await parseStored(imp);
    expect(parsed.headers).toEqual(["First Name", "Last Name"]);
    const rows = [];
    for await (const r of parsed.records()) rows.push(r);
    expect(rows).toHaveLength(200);
    expect(rows[199]).toMatchObject({ row: 199, line: 201, cells: ["Jürgen 199", "Weiß 😀 199"] });
  });

  it("is stored uncompressed, so a slice reads only its own pages", async () => {
    const [row] = await prisma.$queryRaw<{ storage: string }[]>`
      SELECT attstorage::text AS storage FROM pg_attribute WHERE attrelid = '"CsvImport"'::regclass AND attname = 'content'`;
    expect(row?.storage).toBe("e");
  });

  it("fails a pass whose file was purged meanwhile, instead of ending it early", async () => {
    const imp = await store(new TextEncoder().encode("a;b\r\n1;2\r\n"));
    await expect(
      (async () => {
        // the run is purged after the first slice was read
        for await (const s of storedContent(imp.id, imp.size, 4)()) {
          void s;
          await prisma.csvImport.deleteMany({ where: { id: imp.id } });
        }
      })(),
    ).rejects.toThrow("is gone");
  });
});
