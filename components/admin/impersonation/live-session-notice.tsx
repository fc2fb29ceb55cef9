import { getLocale, getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/i18n/dates";

import { EndSessionButton } from "./end-session-button";

/**
 * The session as a customer that this staff member still has open, with the button that ends it:
 * shown wherever a new one would be refused because of it (Log in as, CMS preview).
 */
export async function LiveSessionNotice({
  live,
}: {
  live: { id: string; customerEmail: string; expiresAt: Date } | null;
}) {
  if (!live) return null;
  const [t, locale] = await Promise.all([getTranslations("impersonation.start"), getLocale()]);
  return (
    <Notice tone="info" testId="impersonation-live">
      <span className="mr-3">
        {t("live", { email: live.customerEmail, until: formatDateTime(live.expiresAt, locale) })}
      </span>
      <EndSessionButton sessionId={live.id} />
    </Notice>
  );
}
