import { getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/notice";

const NOTICES = [
  "signed-out",
  "assistance-ended",
  "impersonation-invalid",
  "registered",
  "confirmed",
  "password-changed",
  "email-changed",
  "user-created",
  "user-saved",
  "role-created",
  "role-saved",
  "role-deleted",
  "reset-requested",
  "password-reset",
  "order-placed",
] as const;

/** The one-line outcome a redirect names in `?notice=`; unknown values show nothing. */
export async function ShopNotice({ notice }: { notice: unknown }) {
  const known = NOTICES.find((n) => n === notice);
  if (!known) return null;
  const t = await getTranslations("shop.notice");
  return <Notice tone={known === "impersonation-invalid" ? "error" : "success"}>{t(known)}</Notice>;
}
