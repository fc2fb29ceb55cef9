import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";

import { isAvailableLocale, localeCodes } from "@/lib/i18n/catalogs";
import { negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { currentCustomer } from "@/lib/identity/shop-session";
import { currentStaff } from "@/lib/identity/staff-session";
import { currentWebsite } from "@/lib/websites/website";

/**
 * The back office speaks the signed-in staff user's interface language, else the browser's; the
 * storefront speaks the customer's preferred localization, else its website's default. The realm
 * comes from the path (proxy.ts), since one browser may hold both sessions.
 */
async function requestLocale(): Promise<Locale> {
  const h = await headers();
  if (h.get("x-concierge-realm") === "shop") {
    const [website, customer] = await Promise.all([currentWebsite(), currentCustomer({ allowPreview: true })]);
    const preferred = customer?.locale && website.locales.includes(customer.locale) ? customer.locale : null;
    const locale = preferred ?? website.defaultLocale;
    return isAvailableLocale(locale) ? locale : negotiateLocale(null, localeCodes());
  }
  const staff = await currentStaff();
  return staff?.locale ?? negotiateLocale(h.get("accept-language"), localeCodes());
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
