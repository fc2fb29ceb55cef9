import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto max-w-lg p-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <Link href="/admin" className="mt-6 inline-block underline">{t("back")}</Link>
    </main>
  );
}
