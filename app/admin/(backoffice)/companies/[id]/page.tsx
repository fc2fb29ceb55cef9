import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CompanyUsers } from "@/components/admin/companies/company-users";
import { ButtonLink } from "@/components/ui/button";
import { getCompany, listCompanies } from "@/lib/companies/service";
import { requireStaffPage } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Company" };

const SHOWN = 100;

/** A company with its place in the tree and its direct subsidiaries. */
export default async function CompanyPage({ params }: PageProps<"/admin/companies/[id]">) {
  const staff = await requireStaffPage("customers/company/view");
  const { id } = await params;
  const [t, company, children] = await Promise.all([
    getTranslations("companies"),
    getCompany(id, staff.can),
    listCompanies({ q: "", sort: "name", dir: "asc", page: 1, size: SHOWN, filters: { parent: id } }, staff.can),
  ]);
  if (!company) notFound();
  const dash = <span className="text-slate-600">—</span>;
  const facts: [string, React.ReactNode][] = [
    [
      t("columns.parent"),
      company.parentId ? (
        <Link className="underline" href={`/admin/companies/${company.parentId}`}>
          {company.parentLabel}
        </Link>
      ) : (
        dash
      ),
    ],
    [t("columns.website"), company.website.name],
    [t("columns.customerGroup"), company.customerGroup?.name ?? dash],
    // a staff user: named only to viewers who may view staff users
    ...(staff.can("users/user/view")
      ? [
          [
            t("columns.salesRep"),
            company.salesRep ? `${company.salesRep.firstName} ${company.salesRep.lastName}` : dash,
          ] satisfies [string, React.ReactNode],
        ]
      : []),
    [t("columns.users"), company._count.users],
  ];
  return (
    <section className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold" data-testid="company-title">
          {company.path.join(" › ")}
        </h1>
        {staff.can("customers/company/edit") && (
          <ButtonLink href={`/admin/companies/${company.id}/edit`}>{t("actions.edit")}</ButtonLink>
        )}
      </div>
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg bg-white p-6 text-sm shadow">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="max-w-2xl rounded-lg bg-white p-6 shadow">
        <h2 className="text-lg font-semibold">{t("subsidiaries.title")}</h2>
        {children.total === 0 && <p className="mt-2 text-sm text-slate-600">{t("subsidiaries.empty")}</p>}
        <ul className="mt-2 space-y-1 text-sm" data-testid="subsidiaries">
          {children.rows.map((c) => (
            <li key={c.id}>
              <Link className="underline" href={`/admin/companies/${c.id}`}>
                {c.name}
              </Link>
              {c.childCount > 0 && (
                <span className="text-slate-600"> ({t("actions.subsidiaries", { count: c.childCount })})</span>
              )}
            </li>
          ))}
        </ul>
        {children.total > SHOWN && (
          <p className="mt-2 text-sm">
            <Link className="underline" href={`/admin/companies?parent=${company.id}`}>
              {t("subsidiaries.more", { shown: SHOWN, total: children.total })}
            </Link>
          </p>
        )}
      </div>
      {staff.can("customers/customer-user/view") && (
        <CompanyUsers companyId={company.id} total={company._count.users} sees={staff.can} />
      )}
    </section>
  );
}
