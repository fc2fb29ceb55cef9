import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { currentCustomer } from "@/lib/identity/shop-session";
import { customerAccess, hasCapability } from "@/lib/shop-access/service";

type Section = "profile" | "addresses" | "consents" | "activity" | "security" | "users" | "roles" | "api";

/**
 * The account's sections; users and roles only for those whose roles let them manage them, security
 * (the signed-in browsers) not for a staff member signed in as the customer. The current one is
 * marked for screen readers too.
 */
export async function AccountNav({ current }: { current: Section }) {
  const t = await getTranslations("shop.account");
  const customer = await currentCustomer();
  const access = customer ? await customerAccess(customer) : null;
  const items: { key: Section; href: string }[] = [
    { key: "profile", href: "/account" },
    { key: "addresses", href: "/account/addresses" },
    { key: "consents", href: "/account/consents" },
    { key: "activity", href: "/account/activity" },
    ...(customer && !customer.impersonation ? [{ key: "security" as const, href: "/account/security" }] : []),
    ...(access && hasCapability(access, "manage-users") ? [{ key: "users" as const, href: "/account/users" }] : []),
    ...(access && hasCapability(access, "manage-roles") ? [{ key: "roles" as const, href: "/account/roles" }] : []),
    { key: "api", href: "/account/api-access" },
  ];
  return (
    <nav aria-label={t("title")} className="flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-2 text-sm">
      {items.map((i) => (
        <Link
          key={i.key}
          href={i.href}
          aria-current={current === i.key ? "page" : undefined}
          className={current === i.key ? "font-semibold" : "underline"}
        >
          {t(`nav.${i.key}`)}
        </Link>
      ))}
    </nav>
  );
}
