import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { EndSessionButton } from "./end-session-button";

/**
 * The staff member's own open session, which blocks starting another: said wherever one is started
 * (Log in as a user, the CMS preview), with the button that ends it there.
 */
export async function LiveSessionNotice({ live }: { live: { id: string; customerEmail: string; expiresAt: Date } }) {
  const [t, format] = await Promise.all([getTranslations("impersonation.start"), getFormatter()]);
  return (
    <Notice tone="info" testId="impersonation-live">
      <span className="mr-3">{t("live", { email: live.customerEmail, until: format.dateTime(live.expiresAt, { timeStyle: "short" }) })}</span>
      <EndSessionButton sessionId={live.id} />
    </Notice>
  );
}
