import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { EndSessionButton } from "./end-session-button";

/**
 * The session as a customer that this staff member still has open, with the button that ends it:
 * shown wherever a new one would be refused because of it (Log in as, CMS preview).
 */
export async function LiveSessionNotice({ live }: { live: { id: string; customerEmail: string; expiresAt: Date } | null }) {
  if (!live) return null;
  const [t, format] = await Promise.all([getTranslations("impersonation.start"), getFormatter()]);
  return (
    <Notice tone="info" testId="impersonation-live">
      <span className="mr-3">{t("live", { email: live.customerEmail, until: format.dateTime(live.expiresAt, { timeStyle: "short" }) })}</span>
      <EndSessionButton sessionId={live.id} />
    </Notice>
  );
}
