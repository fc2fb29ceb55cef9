"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { UpdateInput } from "@/lib/oauth-applications/schema";
import { deleteApplicationAction, setApplicationActiveAction } from "@/lib/oauth-applications/staff-actions";
import type { ApiScope } from "@/lib/oauth/scopes";

import { ApplicationForm } from "./application-form";
import { Dialog } from "./dialog";
import { RegenerateSecret } from "./regenerate-secret";

export type MenuApplication = { id: string; name: string; active: boolean; values: UpdateInput };
/** What the viewer may do from a row, decided once per page; `scopes` is null where editing is offered elsewhere. */
export type MenuPermissions = { edit: boolean; delete: boolean };

type Open = "edit" | "regenerate" | "delete" | null;

/** A row's "More options": edit, deactivate / activate, regenerate secret, delete; each in place, each with its permission. */
export function ApplicationRowMenu({
  app,
  may,
  scopes,
}: {
  app: MenuApplication;
  may: MenuPermissions;
  scopes: ApiScope[] | null;
}) {
  const t = useTranslations("oauthApplications");
  const hydrated = useHydrated();
  const router = useRouter();
  const [menu, setMenu] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const show = (what: Open) => {
    setMenu(false);
    setOpen(what);
  };
  const close = () => setOpen(null);
  const label = t("rowMenu", { name: app.name });
  return (
    <div className="relative" data-testid="oauth-row-menu" onKeyDown={(e) => e.key === "Escape" && setMenu(false)}>
      <button
        type="button"
        className="cursor-pointer px-2 disabled:cursor-default"
        disabled={!hydrated}
        aria-label={label}
        title={label}
        aria-expanded={menu}
        onClick={() => setMenu((m) => !m)}
      >
        …
      </button>
      {menu && (
        <ul className="absolute right-0 z-10 mt-1 min-w-48 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow">
          {may.edit && scopes && (
            <li>
              <button type="button" className="underline" onClick={() => show("edit")}>
                {t("actions.edit")}
              </button>
            </li>
          )}
          {may.edit && (
            <li>
              <ActionButton
                testId="oauth-toggle-active"
                run={() => setApplicationActiveAction({ id: app.id, active: !app.active })}
                done={t(app.active ? "notice.deactivated" : "notice.activated")}
              >
                {t(app.active ? "actions.deactivate" : "actions.activate")}
              </ActionButton>
            </li>
          )}
          {may.edit && (
            <li>
              <button type="button" className="underline" onClick={() => show("regenerate")}>
                {t("actions.regenerate")}
              </button>
            </li>
          )}
          {may.delete && (
            <li>
              <button type="button" className="text-red-800 underline" onClick={() => show("delete")}>
                {t("actions.delete")}
              </button>
            </li>
          )}
        </ul>
      )}
      {scopes && (
        <Dialog
          open={open === "edit"}
          title={t("editTitle", { name: app.name })}
          closeLabel={t("close")}
          onClose={close}
          testId="oauth-edit-dialog"
        >
          <ApplicationForm
            mode="edit"
            id={app.id}
            initial={app.values}
            scopes={scopes}
            idPrefix={`oauth-${app.id}-`}
            onSaved={() => {
              close();
              router.refresh();
            }}
          />
        </Dialog>
      )}
      <Dialog
        open={open === "regenerate"}
        title={t("regenerate.title", { name: app.name })}
        closeLabel={t("close")}
        onClose={() => {
          close();
          router.refresh();
        }}
        testId="oauth-regenerate-dialog"
      >
        <RegenerateSecret id={app.id} />
      </Dialog>
      <Dialog
        open={open === "delete"}
        title={t("delete.title")}
        closeLabel={t("close")}
        onClose={close}
        testId="oauth-delete-dialog"
      >
        <div className="space-y-4 rounded-lg bg-white p-6 shadow">
          <p>{t("delete.question", { name: app.name })}</p>
          <div className="flex gap-3">
            <ActionButton
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white"
              testId="oauth-delete-confirm"
              errorTestId="delete-error"
              run={() => deleteApplicationAction({ id: app.id })}
              done={t("notice.deleted")}
              onOk={() => {
                close();
                router.refresh();
              }}
            >
              {t("delete.confirm")}
            </ActionButton>
            <Button variant="secondary" onClick={close}>
              {t("delete.cancel")}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
