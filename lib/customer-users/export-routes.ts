import "server-only";

import { staffRoute } from "@/lib/actions/staff-route";
import { parseGridParams } from "@/lib/grid/params";

import { auditExport, delimiterOf, exportCustomerUsers, exportTemplate, isoDate, type ExportEntity } from "./export";
import { CUSTOMER_USER_GRID } from "./params";

const FILE: Record<ExportEntity, string> = { users: "customer-users", addresses: "customer-user-addresses" };

/** A download that is never cached: the file name carries the day it was taken. */
function csvDownload(body: ReadableStream, name: string, now = new Date()): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${isoDate(now)}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** Exporting customer users shows them: both permissions, as the grid needs the view permission. */
const REQUIRED = ["customers/customer-user/export", "customers/customer-user/view"] as const;

/** The customer users (or their addresses) that the grid's current URL (filters and sort) selects. */
export const exportRoute = (entity: ExportEntity) =>
  staffRoute(REQUIRED, async ({ staff, actor, request }) => {
    const url = new URL(request.url);
    const params = parseGridParams(Object.fromEntries(url.searchParams), CUSTOMER_USER_GRID);
    const delimiter = delimiterOf(url.searchParams.get("delimiter"));
    await auditExport(actor, entity, params, delimiter);
    return csvDownload(exportCustomerUsers(entity, params, staff.can, delimiter), FILE[entity]);
  });

/** `?entity=users|addresses`: the headers and one example row. */
export const templateRoute = () =>
  staffRoute(REQUIRED, async ({ actor, request }) => {
    const url = new URL(request.url);
    const entity: ExportEntity = url.searchParams.get("entity") === "addresses" ? "addresses" : "users";
    const delimiter = delimiterOf(url.searchParams.get("delimiter"));
    await auditExport(actor, `template:${entity}`, null, delimiter);
    return csvDownload(exportTemplate(entity, delimiter), `${FILE[entity]}-template`);
  });
