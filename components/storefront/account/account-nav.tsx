import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The account's sections; the current one is marked for screen readers too. */
export async function AccountNav({ current }: { current: "profile" | "addresses" }) {
  const t = await getTranslations("shop.account");
  const items = [{ key: "profile", href: "/account" }, { key: "addresses", href: "/account/addresses" }] as const;
  return (
    <nav aria-label={t("title")} className="flex gap-4 border-b border-slate-200 pb-2 text-sm">
      {items.map((i) => (
        <Link key={i.key} href={i.href} aria-current={current === i.key ? "page" : undefined} className={current === i.key ? "font-semibold" : "underline"}>
          {t(`nav.${i.key}`)}
        </Link>
      ))}
    </nav>
  );
}
