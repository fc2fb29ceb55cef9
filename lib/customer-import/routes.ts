import "server-only";

import { getTranslations } from "next-intl/server";

import { staffRoute } from "@/lib/actions/staff-route";
import { getSetting } from "@/lib/config/settings";
import { DomainError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/attachment";
import type { Translate } from "@/lib/i18n/translate";

import { errorReport } from "./report";
import { uploadImport } from "./service";

const PAGE = "/admin/customer-users/import";
const UPLOAD = ["customers/customer-user/import", "customers/customer-user/view"] as const;

/** A relative location: the browser stays on the host it used, whatever host name the server was reached by. */
const back = (path: string) =>
  new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });

/** Room for the multipart envelope around the file: boundaries, headers and the other fields. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * The posted form, read up to `limit` bytes (whether or not the request announced its length):
 * "too-large" past it, null when it is not a readable form. The proxy does not see this route
 * (proxy.ts), because it would hold at most 10 MB of the body and cut the file off there.
 */
async function formWithin(request: Request, limit: number): Promise<FormData | "too-large" | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return "too-large";
  if (!request.body) return null;
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return "too-large";
      }
      parts.push(value);
    }
  } catch {
    return null;
  }
  const type = request.headers.get("content-type") ?? "";
  return new Response(new Blob(parts as BlobPart[]), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
}

/**
 * The upload form posts here (multipart): the file is stored with its checksum, and the browser
 * goes to the run's page, where it is validated. A refusal (empty, too large) comes back to the form.
 */
export const uploadRoute = () =>
  staffRoute(UPLOAD, async ({ actor, request }) => {
    const maxMegabytes = await getSetting("csvImportMaxMegabytes");
    const form = await formWithin(request, maxMegabytes * 1024 * 1024 + FORM_OVERHEAD);
    if (form === "too-large") return back(`${PAGE}?error=csvImportTooLarge`);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return back(`${PAGE}?error=csvImportEmpty`);
    try {
      const { id } = await uploadImport(actor, {
        entity: form?.get("entity") === "addresses" ? "addresses" : "users",
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        invite: form?.get("invite") === "on",
      });
      return back(`${PAGE}/${id}`);
    } catch (e) {
      if (e instanceof DomainError) return back(`${PAGE}?error=${e.code}`);
      throw e;
    }
  });

/** `?id=`: the error report of a run (or of its dry run, before it ran), in the reader's language. */
export const reportRoute = () =>
  staffRoute(UPLOAD, async ({ request }) => {
    const id = new URL(request.url).searchParams.get("id") ?? "";
    const t = (await getTranslations()) as unknown as Translate;
    const report = await errorReport(id, t);
    if (!report) return new Response(t("errors.notFound"), { status: 404 });
    return new Response(report.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentDisposition(report.name),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
