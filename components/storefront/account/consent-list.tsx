"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { acceptConsentAction, revokeConsentAction } from "@/lib/consents/shop-actions";

type Row = { id: string; name: string; mandatory: boolean; page: string | null; acceptedAt: string | null };

/** Each active consent with its terms; optional ones can be accepted and revoked, required ones only accepted. */
export function ConsentList({ consents }: { consents: Row[] }) {
  const t = useTranslations("shop.consents");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const act = (c: Row, accept: boolean) =>
    start(async () => {
      const res = await (accept ? acceptConsentAction : revokeConsentAction)({ id: c.id });
      setMessage(
        res.ok
          ? { tone: "success", text: t(accept ? "accepted" : "revoked", { name: c.name }) }
          : { tone: "error", text: res.message },
      );
      if (res.ok) router.refresh();
    });
  return (
    <div className="space-y-4">
      {message && (
        <Notice tone={message.tone} testId={message.tone === "error" ? "form-error" : "notice"}>
          {message.text}
        </Notice>
      )}
      {consents.length === 0 && <p className="text-sm text-slate-600">{t("empty")}</p>}
      <ul className="space-y-3">
        {consents.map((c) => (
          <li
            key={c.id}
            data-testid="consent-entry"
            className="flex items-center justify-between gap-4 rounded-lg border border-slate-200 p-4 text-sm"
          >
            <div>
              <p className="font-medium">
                {c.name} <span className="text-xs text-slate-600">({t(c.mandatory ? "mandatory" : "optional")})</span>
              </p>
              {c.page && (
                <Link className="underline" href={`/pages/${c.page}`}>
                  {t("readPage")}
                </Link>
              )}
              <p className="text-slate-700" data-testid="consent-status">
                {c.acceptedAt ? t("acceptedAt", { date: c.acceptedAt }) : t("notAccepted")}
              </p>
            </div>
            {!c.acceptedAt && (
              <Button
                type="button"
                disabled={pending}
                onClick={() => act(c, true)}
                aria-label={`${t("accept")}: ${c.name}`}
              >
                {t("accept")}
              </Button>
            )}
            {c.acceptedAt && !c.mandatory && (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => act(c, false)}
                aria-label={`${t("revoke")}: ${c.name}`}
              >
                {t("revoke")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
