import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { GridTable } from "@/components/ui/grid-table";
import { Notice } from "@/components/ui/notice";
import type { StaffSession } from "@/lib/identity/staff-session";
import { listConsents } from "@/lib/consents/service";

const BASE = "/admin/consents";
const NOTICES = ["created", "updated", "deleted"] as const;

export async function ConsentsTable({ staff, notice }: { staff: StaffSession; notice?: string }) {
  const [t, tc, rows] = await Promise.all([getTranslations("consents"), getTranslations("common"), listConsents(staff.can)]);
  // the page is a CMS page: a column only for viewers who may view those
  const pages = staff.can("content/cms-page/view");
  const known = NOTICES.find((n) => n === notice);
  const th = (label: string) => <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;
  // a viewer who may not change anything sees no empty Actions column
  const hasActions = staff.can("content/consent/edit") || staff.can("content/consent/delete");
  return (
    <section>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {staff.can("content/consent/create") && <ButtonLink href={`${BASE}/new`}>{t("addNew")}</ButtonLink>}
      </div>
      {known && <div className="mt-4"><Notice tone="success">{t(`notice.${known}`)}</Notice></div>}
      <GridTable
        testId="consents-table" columns={(pages ? 7 : 6) - (hasActions ? 0 : 1)} empty={rows.length === 0 ? t("empty") : null}
        head={<tr>{th(t("columns.code"))}{th(t("columns.name"))}{th(t("columns.mandatory"))}{th(t("columns.active"))}{pages && th(t("columns.page"))}{th(t("columns.accepted"))}{hasActions && th(tc("actions"))}</tr>}
      >
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 last:border-0" data-testid="consent-row">
            <td className="px-3 py-2 font-mono text-xs">{c.code}</td>
            <td className="px-3 py-2">{c.name}</td>
            <td className="px-3 py-2">{tc(c.mandatory ? "yes" : "no")}</td>
            <td className="px-3 py-2">{tc(c.active ? "yes" : "no")}</td>
            {pages && <td className="px-3 py-2 font-mono text-xs">{c.page ? `/pages/${c.page}` : ""}</td>}
            <td className="px-3 py-2">{c.accepted}</td>
            {hasActions && (
              <td className="px-3 py-2">
                <div className="flex gap-3">
                  {staff.can("content/consent/edit") && <Link className="underline" href={`${BASE}/${c.id}/edit`}>{t("actions.edit")}</Link>}
                  {staff.can("content/consent/delete") && <Link className="text-red-700 underline" href={`${BASE}/${c.id}/delete`}>{t("actions.delete")}</Link>}
                </div>
              </td>
            )}
          </tr>
        ))}
      </GridTable>
    </section>
  );
}
