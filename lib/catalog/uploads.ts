import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";

import { detectImageType, MAX_IMAGE_BYTES, uploadContentType } from "./image-types";

const dir = () => path.resolve(env.UPLOAD_DIR);
// the directory is chosen at run time: the build must not trace it (or the project) into the server bundle
const fileIn = (name: string) => path.join(/*turbopackIgnore: true*/ dir(), name);

/** Keeps an uploaded product image under a generated name and returns the path the shop serves it at. */
async function saveProductImage(file: Blob): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES)
    throw new DomainError("imageTooLarge", "image", { max: MAX_IMAGE_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = detectImageType(bytes);
  if (!ext) throw new DomainError("imageType", "image");
  const name = `${randomBytes(16).toString("hex")}.${ext}`;
  await mkdir(/*turbopackIgnore: true*/ dir(), { recursive: true });
  await writeFile(fileIn(name), bytes, { flag: "wx" });
  return `/media/${name}`;
}

/**
 * Runs a save with the path of a newly stored image (or none), and removes the file again when the
 * save is refused, so a failed form leaves no orphan behind.
 */
export async function withProductImage<T>(
  file: Blob | null,
  save: (imagePath: string | undefined) => Promise<T>,
): Promise<T> {
  const imagePath = file ? await saveProductImage(file) : undefined;
  try {
    return await save(imagePath);
  } catch (e) {
    if (imagePath) await rm(fileIn(path.basename(imagePath)), { force: true });
    throw e;
  }
}

/** An uploaded file by its generated name, or null for any other name or a missing file. */
export async function readUpload(name: string): Promise<{ body: Uint8Array; contentType: string } | null> {
  const contentType = uploadContentType(name);
  if (!contentType) return null;
  try {
    return { body: await readFile(fileIn(name)), contentType };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}
