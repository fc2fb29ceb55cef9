import { getTranslations } from "next-intl/server";

import { NoAccess } from "@/components/admin/no-access";
import { CUSTOMER_ACTIONS, CUSTOMER_ENTITIES } from "@/lib/customer-roles/catalog";
import type { CustomerUserView } from "@/lib/customer-users/view";

const TONE = {
  NONE: "text-slate-600",
  OWN: "text-slate-900",
  COMPANY: "text-sky-800",
  COMPANY_AND_SUBSIDIARIES: "text-emerald-800",
} as const;

/** The user's roles (null: the viewer may not view customer roles) and what they add up to: per entity and action the widest level any role grants. */
export async function Permissions({
  roles,
  permissions,
}: {
  roles: CustomerUserView["roles"];
  permissions: CustomerUserView["permissions"];
}) {
  const t = await getTranslations("customerUserView");
  const levels = await getTranslations("customerLevels");
  return (
    <section className="rounded-lg bg-white p-6 shadow" aria-labelledby="roles-title">
      <h2 id="roles-title" className="text-lg font-semibold">
        {t("sections.roles")}
      </h2>
      {roles === null ? (
        <NoAccess to="customerRoles" />
      ) : roles.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty.roles")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="roles">
          {roles.map((role) => (
            <li key={role.id} className="rounded bg-slate-100 px-2 py-0.5">
              {role.name}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 text-sm font-semibold">{t("permissions.title")}</h3>
      {/* focusable, so a keyboard can scroll the matrix when it is wider than a phone (WCAG 2.1.1) */}
      <div className="relative mt-2 overflow-x-auto" tabIndex={0}>
        <table className="min-w-full text-sm" data-testid="permission-matrix">
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("permissions.entity")}
              </th>
              {CUSTOMER_ACTIONS.map((a) => (
                <th key={a} scope="col" className="px-3 py-2 text-left font-semibold">
                  {t(`permissions.actions.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CUSTOMER_ENTITIES.map((e) => (
              <tr key={e} className="border-b border-slate-100 last:border-0" data-testid={`permission-row-${e}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {t(`permissions.entities.${e}`)}
                </th>
                {CUSTOMER_ACTIONS.map((a) => {
                  const level = permissions.levels[e][a];
                  return (
                    <td key={a} className={`px-3 py-2 ${TONE[level]}`} data-testid={`permission-${e}-${a}`}>
                      {levels(level)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-4 text-sm font-semibold">{t("permissions.capabilities")}</h3>
      {permissions.capabilities.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("empty.capabilities")}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="capabilities">
          {permissions.capabilities.map((c) => (
            <li key={c} className="rounded bg-emerald-50 px-2 py-0.5">
              {t(`permissions.capabilityNames.${c}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
