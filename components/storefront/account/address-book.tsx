"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatPhone } from "@/lib/contact-fields";
import type { AddressInput } from "@/lib/customer-users/address-schema";
import { deleteOwnAddressAction } from "@/lib/shop-account/address-shop-actions";

import { OwnAddressForm } from "./address-form";

export type BookAddress = { [K in keyof AddressInput]-?: Exclude<AddressInput[K], undefined> | null } & { id: string };

// the stored E.164 phone is edited as it is shown, as the back office's form does
const toInput = (a: BookAddress): AddressInput => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (k !== "id") out[k] = v ?? "";
  return { ...(out as AddressInput), phone: formatPhone(a.phone) };
};

/** The customer's own addresses: each can be edited in place or deleted; a new one is added below. */
export function AddressBook({ addresses }: { addresses: BookAddress[] }) {
  const t = useTranslations("shop.account.addresses");
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // enabled once hydrated: a click before that would do nothing
  const hydrated = useHydrated();
  const remove = (id: string) =>
    start(async () => {
      const res = await deleteOwnAddressAction({ id });
      if (res.ok) {
        setError(null);
        router.refresh();
      } else setError(res.message);
    });
  return (
    <div className="space-y-4">
      {error && (
        <Notice tone="error" testId="form-error">
          {error}
        </Notice>
      )}
      {addresses.length === 0 && <p className="text-sm text-slate-600">{t("empty")}</p>}
      <ul className="space-y-3">
        {addresses.map((a) => (
          <li key={a.id} data-testid="address-entry" className="rounded-lg border border-slate-200 p-4 text-sm">
            {editing === a.id ? (
              <OwnAddressForm id={a.id} defaults={toInput(a)} onDone={() => setEditing(null)} />
            ) : (
              <div className="flex items-start justify-between gap-4">
                <address className="not-italic" data-testid="address-text">
                  {a.label && <strong className="block">{a.label}</strong>}
                  {[
                    a.organization,
                    [a.firstName, a.lastName].filter(Boolean).join(" "),
                    a.street,
                    a.street2,
                    `${a.postalCode} ${a.city}`,
                    a.region,
                    a.country,
                  ]
                    .filter(Boolean)
                    .map((line, i) => (
                      <span key={i} className="block">
                        {line}
                      </span>
                    ))}
                  <span className="mt-1 block text-slate-600">
                    {t("kinds")}:{" "}
                    {[a.billing && t("fields.billing"), a.shipping && t("fields.shipping")].filter(Boolean).join(", ")}
                    {(a.defaultBilling || a.defaultShipping) &&
                      ` · ${t("defaults")}: ${[a.defaultBilling && t("fields.billing"), a.defaultShipping && t("fields.shipping")].filter(Boolean).join(", ")}`}
                  </span>
                </address>
                <div className="flex gap-2">
                  <Button type="button" variant="secondary" onClick={() => setEditing(a.id)}>
                    {t("edit")}
                  </Button>
                  <Button type="button" variant="danger" disabled={pending || !hydrated} onClick={() => remove(a.id)}>
                    {t("delete")}
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <h2 className="pt-4 text-lg font-semibold">{t("add")}</h2>
      <OwnAddressForm />
    </div>
  );
}
