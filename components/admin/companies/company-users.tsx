import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { Sees } from "@/lib/acl/visibility";
import { listCustomerUsers } from "@/lib/customer-users/service";

const SHOWN = 10;

/** The company's own customer users on its page; the grid, filtered to the company, has all of them. */
export async function CompanyUsers({ companyId, total, sees }: { companyId: string; total: number; sees: Sees }) {
  const [t, tv, { rows }] = await Promise.all([
    getTranslations("companies.users"),
    getTranslations("customerUsers.values"),
    listCustomerUsers({ q: "", sort: "lastName", dir: "asc", page: 1, size: SHOWN, filters: { companyId } }, sees),
  ]);
  return (
    <div className="max-w-2xl rounded-lg bg-white p-6 shadow">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {rows.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>}
      <ul className="mt-2 space-y-1 text-sm" data-testid="company-users">
        {rows.map((u) => (
          <li key={u.id}>
            <Link className="underline" href={`/admin/customer-users/${u.id}`}>
              {u.firstName} {u.lastName}
            </Link>
            <span className="text-slate-600">
              {" "}
              · {u.email}
              {u.enabled ? "" : ` · ${tv("disabled")}`}
            </span>
          </li>
        ))}
      </ul>
      {total > 0 && (
        <p className="mt-2 text-sm">
          <Link className="underline" href={`/admin/customer-users?companyId=${companyId}`}>
            {t("all", { count: total })}
          </Link>
        </p>
      )}
    </div>
  );
}
