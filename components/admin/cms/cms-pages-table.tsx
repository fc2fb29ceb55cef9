import { getLocale, getTranslations } from "next-intl/server";

import { AdminGrid, linkAction } from "@/components/ui/admin-grid";
import { listCmsPages } from "@/lib/cms/service";
import type { GridParams } from "@/lib/grid/params";
import { formatDate } from "@/lib/i18n/dates";
import type { StaffSession } from "@/lib/identity/staff-session";

const BASE = "/admin/cms-pages";

export async function CmsPagesTable({
  staff,
  params,
  notice,
}: {
  staff: StaffSession;
  params: GridParams<"slug">;
  notice?: string;
}) {
  const [t, tc, { rows, total }, locale] = await Promise.all([
    getTranslations("cms"),
    getTranslations("common"),
    listCmsPages(params.q, params.page, params.size),
    getLocale(),
  ]);
  return (
    <AdminGrid
      t={t}
      base={BASE}
      params={params}
      total={total}
      rows={rows}
      testId="cms-pages-table"
      rowTestId="cms-page-row"
      create={staff.can("content/cms-page/create")}
      notice={notice}
      search
      columns={[
        { key: "slug", cell: (p) => p.slug, className: "font-mono text-xs" },
        { key: "title", cell: (p) => p.title },
        { key: "website", cell: (p) => p.website ?? t("allWebsites") },
        { key: "published", cell: (p) => tc(p.published ? "yes" : "no") },
        { key: "blocks", cell: (p) => p.blocks },
        { key: "updatedAt", cell: (p) => formatDate(p.updatedAt, locale) },
      ]}
      actions={[
        linkAction(staff.can("content/cms-page/edit"), t("actions.edit"), (id) => `${BASE}/${id}/edit`),
        linkAction(staff.can("content/cms-page/preview"), t("actions.preview"), (id) => `${BASE}/${id}/preview`),
        linkAction(staff.can("content/cms-page/delete"), t("actions.delete"), (id) => `${BASE}/${id}/delete`, "danger"),
      ]}
    />
  );
}
