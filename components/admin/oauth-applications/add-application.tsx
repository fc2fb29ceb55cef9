"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ApiScope } from "@/lib/oauth/scopes";

import { ApplicationForm, type Credentials as Created } from "./application-form";
import { Credentials } from "./credentials";

/** "Add Application": the form in a dialog, which then shows the client ID and the secret, once. */
export function AddApplication({ customerUserId, scopes }: { customerUserId: string; scopes: ApiScope[] }) {
  const t = useTranslations("oauthApplications");
  const router = useRouter();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const close = () => {
    setOpen(false);
    // the grid shows the new application once the dialog with its secret is gone
    if (created) router.refresh();
    setCreated(null);
  };
  return (
    <>
      <button
        type="button"
        className={buttonClass()}
        disabled={!hydrated}
        data-testid="oauth-add"
        onClick={() => setOpen(true)}
      >
        {t("addNew")}
      </button>
      <Dialog
        open={open}
        title={created ? t("credentials.title") : t("addNew")}
        closeLabel={t("close")}
        onClose={close}
        testId="oauth-add-dialog"
      >
        {created ? (
          <Credentials clientId={created.clientId} clientSecret={created.clientSecret} />
        ) : (
          <ApplicationForm
            mode="create"
            customerUserId={customerUserId}
            scopes={scopes}
            idPrefix="oauth-new-"
            onCreated={setCreated}
          />
        )}
      </Dialog>
    </>
  );
}
