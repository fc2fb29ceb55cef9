import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { currentCustomer } from "@/lib/identity/shop-session";
import { customerLogoutAction } from "@/lib/shop-account/shop-public-actions";

export const metadata: Metadata = { title: "Preview" };

/**
 * Where a preview tab lands when it asks for anything but a content page: it says why, and offers
 * the way back to the previewed page and the way out. Nobody else has anything to see here.
 */
export default async function PreviewOnlyPage() {
  const customer = await currentCustomer({ allowPreview: true });
  const preview = customer?.impersonation?.purpose === "PREVIEW" ? customer.impersonation : null;
  if (!preview) redirect("/");
  const t = await getTranslations("shop.previewOnly");
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-4" data-testid="preview-only">
        {t("body", { name: `${customer!.firstName} ${customer!.lastName}` })}
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Link className="rounded bg-slate-900 px-4 py-2 font-medium text-white" href={preview.startPath}>
          {t("back")}
        </Link>
        <form action={customerLogoutAction}>
          <button type="submit" className="rounded border border-slate-300 px-4 py-2 font-medium">
            {t("end")}
          </button>
        </form>
      </div>
    </main>
  );
}
