import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentStaff } from "@/lib/auth/staff-session";
import { localeCodes } from "./catalogs";
import { negotiateLocale, type Locale } from "./locales";

/** The signed-in staff user's interface language, else the browser's preference. */
export default getRequestConfig(async () => {
  const staff = await currentStaff();
  const locale: Locale = staff?.locale ?? negotiateLocale((await headers()).get("accept-language"), localeCodes());
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
