import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { lastPageOrRedirect } from "@/lib/grid/pages";
import { ACCOUNT_USERS_PAGE_SIZE, type AccountUserRow } from "@/lib/shop-company-users/service";

import { UserRowActions } from "./user-row-actions";

/** The users in the viewer's reach; the viewer's own row offers no disable or delete. */
export async function UsersTable({
  rows,
  q,
  page,
  total,
}: {
  rows: AccountUserRow[];
  q: string;
  page: number;
  total: number;
}) {
  const t = await getTranslations("shop.accountUsers");
  const href = (p: number) =>
    `/account/users?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
  const pages = lastPageOrRedirect(page, total, ACCOUNT_USERS_PAGE_SIZE, href);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {(["name", "email", "company", "roles", "status", "actions"] as const).map((c) => (
                <th key={c} className="py-2 pr-4 font-medium">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} data-testid="account-user-row" data-email={u.email} className="border-b border-slate-100">
                <td className="py-2 pr-4">
                  {u.name}
                  {u.self && <span className="text-slate-600"> ({t("you")})</span>}
                </td>
                <td className="py-2 pr-4">{u.email}</td>
                <td className="py-2 pr-4">{u.company}</td>
                <td className="py-2 pr-4">{u.roles.join(", ")}</td>
                <td className="py-2 pr-4" data-testid="account-user-status">
                  {u.enabled ? t("enabled") : t("disabled")}
                </td>
                <td className="flex gap-2 py-2 pr-4">
                  <Link className="underline" href={`/account/users/${u.id}`}>
                    {t("edit")}
                  </Link>
                  {!u.self && <UserRowActions id={u.id} name={u.name} enabled={u.enabled} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
        {page > 1 ? (
          <Link className="underline" href={href(page - 1)}>
            {t("previous")}
          </Link>
        ) : (
          <span />
        )}
        <span>{t("pageOf", { page, pages })}</span>
        {page < pages ? (
          <Link className="underline" href={href(page + 1)}>
            {t("next")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
