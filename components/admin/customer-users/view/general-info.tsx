import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { formatPhone } from "@/lib/contact-fields";
import type { CustomerUserView } from "@/lib/customer-users/view";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";

/** The facts of a customer user, in the staff user's language and date format. */
export async function GeneralInfo({ user }: { user: CustomerUserView }) {
  const [t, locale] = await Promise.all([getTranslations("customerUserView"), getLocale()]);
  const dash = <span className="text-slate-600">—</span>;
  const yesNo = (v: boolean) => t(v ? "values.yes" : "values.no");
  const time = (d: Date | null) => (d ? formatDateTime(d, locale) : dash);
  const facts: [string, string, ReactNode][] = [
    ["customer-number", t("fields.customerNumber"), user.customerNumber],
    ["email", t("fields.email"), user.email],
    ["enabled", t("fields.enabled"), yesNo(user.enabled)],
    ["confirmed", t("fields.confirmed"), yesNo(user.confirmed)],
    ["password-status", t("fields.passwordStatus"), t(`passwordStatus.${user.passwordStatus}`)],
    [
      "locked",
      t("fields.locked"),
      user.locked
        ? yesNo(true)
        : user.lockedUntil && user.lockedUntil > new Date()
          ? t("values.lockedUntil", { time: formatDateTime(user.lockedUntil, locale) })
          : yesNo(false),
    ],
    // a company or sales representative the viewer may not view is left out, not shown empty
    ...(user.company
      ? ([
          [
            "company",
            t("fields.company"),
            <Link key="c" className="underline" href={`/admin/companies/${user.company.id}`}>
              {user.company.name}
            </Link>,
          ],
          [
            "parent-company",
            t("fields.parentCompany"),
            user.company.parent ? (
              <Link key="p" className="underline" href={`/admin/companies/${user.company.parent.id}`}>
                {user.company.parent.name}
              </Link>
            ) : (
              dash
            ),
          ],
        ] satisfies [string, string, ReactNode][])
      : []),
    ...(user.salesRep
      ? ([["sales-rep", t("fields.salesRep"), `${user.salesRep.firstName} ${user.salesRep.lastName}`]] satisfies [
          string,
          string,
          ReactNode,
        ][])
      : []),
    ["website", t("fields.website"), user.website.name],
    ["localization", t("fields.preferredLocalization"), user.preferredLocalization?.name ?? dash],
    ["birthday", t("fields.birthday"), user.birthday ? formatDate(user.birthday, locale) : dash],
    ["phone", t("fields.phone"), user.phone ? formatPhone(user.phone) : dash],
    ["last-login", t("fields.lastLogin"), time(user.lastLoginAt)],
    ["created", t("fields.createdAt"), time(user.createdAt)],
    ["updated", t("fields.updatedAt"), time(user.updatedAt)],
  ];
  return (
    <section className="rounded-lg bg-white p-6 shadow" aria-labelledby="general-title">
      <h2 id="general-title" className="text-lg font-semibold">
        {t("sections.general")}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 sm:grid-cols-[max-content_1fr] gap-y-2 text-sm">
        {facts.map(([key, label, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd data-testid={`info-${key}`} className="min-w-0 break-words">
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
