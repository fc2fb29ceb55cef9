import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { listGroupMembers } from "@/lib/staff-groups/service";

const SHOWN = 100;

/** The users of a group, each linked to their edit page for those who may edit users. */
export async function GroupMembers({
  groupId,
  total,
  canEditUsers,
}: {
  groupId: string;
  total: number;
  canEditUsers: boolean;
}) {
  const [t, tu, members] = await Promise.all([
    getTranslations("groups.members"),
    getTranslations("users"),
    listGroupMembers(groupId, SHOWN),
  ]);
  return (
    <section className="mt-6 max-w-2xl rounded-lg bg-white p-6 shadow" aria-labelledby="members-title">
      <h2 id="members-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {members.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <table className="mt-2 min-w-full text-sm" data-testid="group-members">
          <thead className="border-b border-slate-200 text-left">
            <tr>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {tu("columns.email")}
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {tu("columns.firstName")}
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {tu("columns.lastName")}
              </th>
              <th scope="col" className="py-1 font-semibold">
                {tu("columns.status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-slate-100 last:border-0" data-testid="member-row">
                <td className="py-1 pr-3">
                  {canEditUsers ? (
                    <Link className="underline" href={`/admin/users/${m.id}/edit`}>
                      {m.email}
                    </Link>
                  ) : (
                    m.email
                  )}
                </td>
                <td className="py-1 pr-3">{m.firstName}</td>
                <td className="py-1 pr-3">{m.lastName}</td>
                <td className="py-1">{tu(`status.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > members.length && (
        <p className="mt-2 text-sm text-slate-600">{t("more", { shown: members.length, total })}</p>
      )}
    </section>
  );
}
