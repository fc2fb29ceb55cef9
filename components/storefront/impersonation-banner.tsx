import { getTranslations } from "next-intl/server";

import type { ToldEnd } from "@/lib/identity/impersonated-session";
import type { CustomerSession } from "@/lib/identity/shop-session";
import { customerLogoutAction } from "@/lib/shop-account/shop-public-actions";

import { TimeLeft } from "./time-left";

/**
 * On every storefront page of an impersonated tab: who is signed in as whom, how long is left, and
 * the way out. Blue, as in Oro, so it can never be mistaken for the customer's own session.
 */
export async function ImpersonationBanner({ customer }: { customer: CustomerSession }) {
  const imp = customer.impersonation;
  if (!imp) return null;
  const t = await getTranslations("shop.impersonation");
  const preview = imp.purpose === "PREVIEW";
  const name = `${customer.firstName} ${customer.lastName}`;
  return (
    <div role="region" aria-label={t("region")} className="bg-blue-800 text-white" data-testid="impersonation-banner">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-6 py-2 text-sm">
        <p>
          {t(preview ? "previewing" : "assisting", { staff: imp.staffName, name, email: customer.email })}{" "}
          <span className="whitespace-nowrap">
            {t("timeLeft")} <TimeLeft expiresAt={imp.expiresAt.toISOString()} />
          </span>
        </p>
        <form action={customerLogoutAction}>
          <button
            type="submit"
            className="rounded border border-white px-3 py-1 font-medium hover:bg-blue-700"
            data-testid="end-assistance"
          >
            {t(preview ? "endPreview" : "end")}
          </button>
        </form>
      </div>
    </div>
  );
}

/** In place of the banner once the session has ended for a reason other than Log out: which one. */
export async function ImpersonationEnded({ reason }: { reason: ToldEnd }) {
  const t = await getTranslations("shop.impersonation");
  return (
    <div role="status" className="bg-blue-800 text-white" data-testid="impersonation-ended">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-6 py-2 text-sm">
        <p>{t(`ended.${reason}`)}</p>
        <form action={customerLogoutAction}>
          <button type="submit" className="rounded border border-white px-3 py-1 font-medium hover:bg-blue-700">
            {t("endedClose")}
          </button>
        </form>
      </div>
    </div>
  );
}
