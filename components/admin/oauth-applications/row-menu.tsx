"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { MenuAction, RowMenu } from "@/components/ui/menu";
import type { UpdateInput } from "@/lib/oauth-applications/schema";
import { deleteApplicationAction, setApplicationActiveAction } from "@/lib/oauth-applications/staff-actions";
import type { ApiScope } from "@/lib/oauth/scopes";

import { ApplicationForm } from "./application-form";
import { RegenerateSecret } from "./regenerate-secret";

export type MenuApplication = { id: string; name: string; active: boolean; values: UpdateInput };
/** What the viewer may do from a row, decided once per page; `scopes` is null where editing is offered elsewhere. */
export type MenuPermissions = { edit: boolean; delete: boolean };

type Open = "edit" | "toggle" | "regenerate" | "delete" | null;

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
  const router = useRouter();
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const label = t("rowMenu", { name: app.name });
  return (
    <div data-testid="oauth-row-menu">
      <RowMenu ref={trigger} label={label}>
        {may.edit && scopes && <MenuAction onSelect={() => setOpen("edit")}>{t("actions.edit")}</MenuAction>}
        {may.edit && (
          <MenuAction testId="oauth-toggle-active" onSelect={() => setOpen("toggle")}>
            {t(app.active ? "actions.deactivate" : "actions.activate")}
          </MenuAction>
        )}
        {may.edit && <MenuAction onSelect={() => setOpen("regenerate")}>{t("actions.regenerate")}</MenuAction>}
        {may.delete && (
          <MenuAction tone="danger" onSelect={() => setOpen("delete")}>
            {t("actions.delete")}
          </MenuAction>
        )}
      </RowMenu>
      <ConfirmDialog
        open={open === "toggle"}
        onClose={close}
        title={t(app.active ? "actions.deactivate" : "actions.activate")}
        question={t(app.active ? "toggle.deactivate" : "toggle.activate", { name: app.name })}
        confirmLabel={t(app.active ? "actions.deactivate" : "actions.activate")}
        cancelLabel={t("delete.cancel")}
        tone={app.active ? "danger" : "primary"}
        run={() => setApplicationActiveAction({ id: app.id, active: !app.active })}
        done={t(app.active ? "notice.deactivated" : "notice.activated")}
        returnFocus={trigger}
        testId="oauth-toggle-dialog"
      />
      {scopes && (
        <Dialog
          open={open === "edit"}
          title={t("editTitle", { name: app.name })}
          closeLabel={t("close")}
          onClose={close}
          testId="oauth-edit-dialog"
          returnFocus={trigger}
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
        returnFocus={trigger}
      >
        <RegenerateSecret id={app.id} />
      </Dialog>
      <ConfirmDialog
        open={open === "delete"}
        onClose={close}
        title={t("delete.title")}
        question={t("delete.question", { name: app.name })}
        confirmLabel={t("delete.confirm")}
        cancelLabel={t("delete.cancel")}
        tone="danger"
        run={() => deleteApplicationAction({ id: app.id })}
        done={t("notice.deleted")}
        returnFocus={trigger}
        testId="oauth-delete-dialog"
      />
    </div>
  );
}
