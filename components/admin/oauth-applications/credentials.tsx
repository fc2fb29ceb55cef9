"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Notice } from "@/components/ui/notice";

/** One credential in a read-only field, with a button that copies it. */
function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useTranslations("oauthApplications.credentials");
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <div className="mt-1 flex items-center gap-2">
        <code
          data-testid={testId}
          className="block flex-1 break-all rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
        >
          {value}
        </code>
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          data-testid={`${testId}-copy`}
          onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}

/** Shown once after the application is created or its secret regenerated: nothing can show the secret again. */
export function Credentials({ clientId, clientSecret }: { clientId?: string; clientSecret: string }) {
  const t = useTranslations("oauthApplications.credentials");
  return (
    <div className="space-y-4 rounded-lg bg-white p-6 shadow" data-testid="oauth-credentials">
      <Notice tone="info" testId="oauth-secret-warning">
        {t("once")}
      </Notice>
      {clientId && <CopyField label={t("clientId")} value={clientId} testId="oauth-client-id" />}
      <CopyField label={t("clientSecret")} value={clientSecret} testId="oauth-client-secret" />
    </div>
  );
}
