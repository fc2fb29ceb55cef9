import { getTranslations } from "next-intl/server";

import { formatPhone } from "@/lib/contact-fields";
import type { CustomerUserView } from "@/lib/customer-users/view";

type Address = CustomerUserView["addresses"][number];
const line = (...parts: (string | null)[]) => parts.filter(Boolean).join(" ");

/** The user's addresses as cards, each saying what it is for and whether it is the default. */
export async function Addresses({ addresses }: { addresses: Address[] }) {
  const t = await getTranslations("customerUserView");
  const badge = "rounded bg-slate-100 px-2 py-0.5 text-xs font-medium";
  return (
    <section className="rounded-lg bg-white p-6 shadow" aria-labelledby="addresses-title">
      <h2 id="addresses-title" className="text-lg font-semibold">
        {t("sections.addresses")}
      </h2>
      {addresses.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("empty.addresses")}</p>}
      <ul className="mt-3 grid gap-4 lg:grid-cols-2 lg:grid-cols-3">
        {addresses.map((a) => (
          <li key={a.id} className="rounded-md border border-slate-200 p-4 text-sm" data-testid="address-card">
            {a.label && <p className="font-semibold">{a.label}</p>}
            {a.organization && <p>{a.organization}</p>}
            <p>{line(a.namePrefix, a.firstName, a.middleName, a.lastName, a.nameSuffix)}</p>
            <p>{a.street}</p>
            {a.street2 && <p>{a.street2}</p>}
            <p>
              {line(a.postalCode, a.city)}
              {a.region ? `, ${a.region}` : ""}
            </p>
            <p>{a.country}</p>
            {a.phone && <p>{formatPhone(a.phone)}</p>}
            <div className="mt-2 flex flex-wrap gap-1">
              {a.billing && <span className={badge}>{t("address.billing")}</span>}
              {a.shipping && <span className={badge}>{t("address.shipping")}</span>}
              {a.defaultBilling && (
                <span className={`${badge} bg-emerald-100`} data-testid="default-billing">
                  {t("address.defaultBilling")}
                </span>
              )}
              {a.defaultShipping && (
                <span className={`${badge} bg-emerald-100`} data-testid="default-shipping">
                  {t("address.defaultShipping")}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
