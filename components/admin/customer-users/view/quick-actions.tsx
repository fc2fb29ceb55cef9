import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

import { buttonClass } from "@/components/ui/button";
import { ModalTrigger } from "@/components/ui/dialog";
import type { QuickActionMode } from "@/lib/config/keys";

export type QuickAction = { key: string; label: string; href: string; form: ReactNode };

/**
 * The view page's quick actions, opened as the system setting says: a new tab, a dialog on this
 * page holding the same form as the page, or the form's page instead of this one.
 */
export async function QuickActions({ mode, actions }: { mode: QuickActionMode; actions: QuickAction[] }) {
  const t = await getTranslations("customerUserView");
  const cls = buttonClass("secondary");
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2" data-testid="quick-actions" data-mode={mode}>
      {actions.map((a) => {
        const testId = `quick-${a.key}`;
        if (mode === "dialog") {
          return (
            <ModalTrigger
              key={a.key}
              label={a.label}
              title={a.label}
              closeLabel={t("quick.close")}
              testId={testId}
              buttonClass={cls}
            >
              {a.form}
            </ModalTrigger>
          );
        }
        if (mode === "new-tab") {
          return (
            <a key={a.key} href={a.href} target="_blank" rel="noopener" className={cls} data-testid={testId}>
              {a.label}
            </a>
          );
        }
        return (
          <Link key={a.key} href={a.href} className={cls} data-testid={testId}>
            {a.label}
          </Link>
        );
      })}
    </div>
  );
}
