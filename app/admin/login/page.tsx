import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { LoginForm } from "@/components/admin/login-form";
import { Notice } from "@/components/ui/notice";
import { currentStaff } from "@/lib/identity/staff-session";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES = ["signed-out", "self-deactivated", "self-deleted", "password-changed"] as const;

export default async function AdminLoginPage({ searchParams }: PageProps<"/admin/login">) {
  if (await currentStaff()) redirect("/admin");
  const t = await getTranslations("login");
  const { notice } = await searchParams;
  const known = NOTICES.find((n) => n === notice);
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg bg-white p-8 shadow">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {known && (
        <div className="mt-4">
          <Notice tone="info">{t(`notice.${known}`)}</Notice>
        </div>
      )}
      <LoginForm />
    </main>
  );
}
