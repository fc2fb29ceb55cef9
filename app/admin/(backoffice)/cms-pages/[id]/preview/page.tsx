import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LiveSessionNotice } from "@/components/admin/impersonation/live-session-notice";
import { PreviewButton } from "@/components/admin/impersonation/preview-button";
import { GridSearch } from "@/components/ui/grid-search";
import { GridTable } from "@/components/ui/grid-table";
import { Pagination } from "@/components/ui/pagination";
import { getCmsPageHeader } from "@/lib/cms/service";
import { assignedCustomerUsers } from "@/lib/customer-assignment/service";
import { gridHref, parseGridParams } from "@/lib/grid/params";
import { requireStaffPage } from "@/lib/identity/staff-session";
import { ownLiveSession } from "@/lib/impersonation/service";

export const metadata: Metadata = { title: "Preview CMS page" };

const SIZE = 25;

/**
 * Spryker's CMS preview: pick one of the customers assigned to you and see the page as they do. The
 * page is shown by its title, so it needs the pages' view permission. The customers are the ones
 * assigned to you for this, so they are listed without the customer users' view permission; their
 * companies are shown to those who may view companies.
 */
export default async function CmsPreviewPage({ params, searchParams }: PageProps<"/admin/cms-pages/[id]/preview">) {
  const staff = await requireStaffPage("content/cms-page/preview", "content/cms-page/view");
  const showCompany = staff.can("customers/company/view");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const page = await getCmsPageHeader(id);
  if (!page) notFound();
  const grid = parseGridParams(raw, { sorts: ["assignedAt"] as const, defaultSort: "assignedAt" });
  const [t, { rows, total }, live] = await Promise.all([
    getTranslations("impersonation.preview"),
    assignedCustomerUsers(staff.id, { q: grid.q, page: grid.page, size: SIZE }, staff.can),
    ownLiveSession(staff.id),
  ]);
  const base = `/admin/cms-pages/${page.id}/preview`;
  const th = (label: string) => (
    <th scope="col" className="px-3 py-2 text-left font-semibold">
      {label}
    </th>
  );
  return (
    <section className="space-y-4">
      <Link className="text-sm underline" href="/admin/cms-pages">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { title: page.title })}</h1>
      <p className="text-sm text-slate-700">
        {t(page.published ? "explain" : "explainDraft", { website: page.website?.name ?? t("allWebsites") })}
      </p>
      <LiveSessionNotice live={live} />
      <GridSearch base={base} params={grid} label={t("search")} button={t("searchButton")} />
      <GridTable
        testId="preview-customers"
        columns={showCompany ? 4 : 3}
        empty={rows.length === 0 ? (grid.q ? t("noMatch") : t("noneAssigned")) : null}
        head={
          <tr>
            {th(t("columns.name"))}
            {th(t("columns.email"))}
            {showCompany && th(t("columns.company"))}
            {th("")}
          </tr>
        }
      >
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 last:border-0" data-testid="preview-customer-row">
            <td className="px-3 py-2">
              {c.firstName} {c.lastName}
            </td>
            <td className="px-3 py-2">{c.email}</td>
            {showCompany && <td className="px-3 py-2">{c.companyName}</td>}
            <td className="px-3 py-2">
              <PreviewButton cmsPageId={page.id} customerUserId={c.id} name={`${c.firstName} ${c.lastName}`} />
            </td>
          </tr>
        ))}
      </GridTable>
      <Pagination page={grid.page} size={SIZE} total={total} href={(change) => gridHref(base, grid, change)} />
    </section>
  );
}
