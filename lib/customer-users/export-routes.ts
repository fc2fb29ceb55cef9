import "server-only";

import { getTranslations } from "next-intl/server";

import { staffRoute } from "@/lib/actions/staff-route";
import { getSetting } from "@/lib/config/settings";
import { gridHref, parseGridParams } from "@/lib/grid/params";

import { auditExport, delimiterOf, exportCustomerUsers, exportTemplate, isoDate, type ExportEntity } from "./export";
import { EXPORT_FILE, openExportDownload, requestExportJob, selectionCount } from "./export-jobs";
import { CUSTOMER_USER_GRID } from "./params";

export const EXPORTS_PAGE = "/admin/customer-users/exports";

/** A download that is never cached. */
function csvDownload(body: ReadableStream, fileName: string, bytes?: number): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...(bytes === undefined ? {} : { "content-length": String(bytes) }),
    },
  });
}

/**
 * A path on this host: the request's own URL may name the host the server listens on rather than
 * the one the browser used, and a form's redirect to another origin is blocked (CSP form-action).
 */
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });

/** Exporting customer users shows them: both permissions, as the grid needs the view permission. */
const REQUIRED = ["customers/customer-user/export", "customers/customer-user/view"] as const;

/** The form's fields (a POST from the Export menu) or the URL's query (a GET), as the grid reads its URL. */
async function fieldsOf(request: Request): Promise<Record<string, string>> {
  if (request.method !== "POST") return Object.fromEntries(new URL(request.url).searchParams);
  const form = await request.formData().catch(() => new FormData());
  return Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === "string"));
}

/**
 * The customer users (or their addresses) that the grid's filters and sort select. Up to the
 * threshold (System settings) the file streams at once; a larger selection posted from the Export
 * menu becomes a job, and the browser goes to the exports page to watch it. A GET never starts a
 * job (a link must not cause work): above the threshold it sends the staff member back to the grid.
 */
export const exportRoute = (entity: ExportEntity) =>
  staffRoute(REQUIRED, async ({ staff, actor, request }) => {
    const fields = await fieldsOf(request);
    const params = parseGridParams(fields, CUSTOMER_USER_GRID);
    const delimiter = delimiterOf(fields.delimiter ?? null);
    const [threshold, total] = await Promise.all([getSetting("exportJobThreshold"), selectionCount(params, staff.can)]);
    if (total > threshold) {
      if (request.method !== "POST")
        return seeOther(`${gridHref("/admin/customer-users", params)}&notice=export-large`);
      const { id } = await requestExportJob({ ...actor, staffId: staff.id }, { entity, params, delimiter, total });
      return seeOther(`${EXPORTS_PAGE}?queued=${id}`);
    }
    await auditExport(actor, entity, params, delimiter);
    return csvDownload(
      exportCustomerUsers(entity, params, staff.can, delimiter),
      `${EXPORT_FILE[entity]}-${isoDate(new Date())}.csv`,
    );
  });

/** `?entity=users|addresses`: the headers and one example row. */
export const templateRoute = () =>
  staffRoute(REQUIRED, async ({ actor, request }) => {
    const url = new URL(request.url);
    const entity: ExportEntity = url.searchParams.get("entity") === "addresses" ? "addresses" : "users";
    const delimiter = delimiterOf(url.searchParams.get("delimiter"));
    await auditExport(actor, `template:${entity}`, null, delimiter);
    return csvDownload(exportTemplate(entity, delimiter), `${EXPORT_FILE[entity]}-template-${isoDate(new Date())}.csv`);
  });

/**
 * The file of a finished export job: its requester, or a holder of export-all. Anyone else gets
 * the same 404 as for an id that never existed, so the route tells nobody whose exports exist.
 */
export const exportDownloadRoute = () =>
  staffRoute(REQUIRED, async ({ staff, actor, params }) => {
    const file = await openExportDownload(actor, staff, params.id ?? "");
    if (!file) {
      const t = await getTranslations("errors");
      return new Response(t("notFound"), { status: 404, headers: { "cache-control": "no-store" } });
    }
    return csvDownload(file.body, file.fileName, file.bytes);
  });
