import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";

const TEMPLATE = "/admin/customer-users/export/template";

/**
 * Choose the entity, the file and whether new users get an invitation; a plain multipart form to
 * the upload route, so the file never passes through a server action's size limit.
 */
export async function UploadForm({ maxMegabytes, templates }: { maxMegabytes: number; templates: boolean }) {
  const t = await getTranslations("customerImport");
  return (
    <form
      method="post"
      action="/admin/customer-users/import/upload"
      encType="multipart/form-data"
      className="max-w-xl space-y-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 font-medium">{t("entity")}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="entity" value="users" defaultChecked /> {t("entities.users")}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="entity" value="addresses" /> {t("entities.addresses")}
        </label>
      </fieldset>
      <label className="block text-sm">
        {t("file")}
        <input type="file" name="file" accept=".csv,.txt,text/csv" required className="mt-1 block w-full text-sm" />
        <span className="text-xs text-slate-600">{t("fileHint", { max: maxMegabytes })}</span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="invite" /> {t("invite")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("upload")}</Button>
        {templates && (
          <>
            <a className="text-sm underline" href={`${TEMPLATE}?entity=users`}>
              {t("templateUsers")}
            </a>
            <a className="text-sm underline" href={`${TEMPLATE}?entity=addresses`}>
              {t("templateAddresses")}
            </a>
          </>
        )}
      </div>
    </form>
  );
}
