import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ImportHistory } from "@/components/admin/customer-import/history";
import { UploadForm } from "@/components/admin/customer-import/upload-form";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { getSetting } from "@/lib/config/settings";
import { listImports } from "@/lib/customer-import/service";
import { parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Import customer users" };

const SIZE = 25;

export default async function ImportPage({ searchParams }: PageProps<"/admin/customer-users/import">) {
  const staff = await requireStaffPage("customers/customer-user/import", "customers/customer-user/view");
  const raw = await searchParams;
  // the grids' own reading of ?page=, so "1e300" or "-3" is the first page rather than an error
  const { page } = parseGridParams(raw, { sorts: ["createdAt"], defaultSort: "createdAt" });
  const [t, te, maxMegabytes, { rows, total }] = await Promise.all([
    getTranslations("customerImport"),
    getTranslations("errors"),
    getSetting("csvImportMaxMegabytes"),
    listImports(page, SIZE),
  ]);
  // only the upload's own refusals: any other ?error= (a stale or hand-made link) shows nothing
  const error =
    typeof raw.error === "string" && /^csvImport\w+$/.test(raw.error) && te.has(raw.error) ? raw.error : null;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {error && <Notice tone="error">{te(error, { max: maxMegabytes })}</Notice>}
      <UploadForm maxMegabytes={maxMegabytes} templates={staff.can("customers/customer-user/export")} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("history.title")}</h2>
        <p className="text-sm text-slate-600">{t("history.kept")}</p>
        <ImportHistory rows={rows} showRequester={staff.can("users/user/view")} />
        <Pagination
          page={page}
          size={SIZE}
          total={total}
          href={(c) => `/admin/customer-users/import?page=${c.page ?? 1}`}
        />
      </section>
    </div>
  );
}
