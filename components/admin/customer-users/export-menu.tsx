"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import type { CustomerUserListParams } from "@/lib/customer-users/params";

const BASE = "/admin/customer-users/export";

/**
 * "Export": a form that posts the grid's filters and sort to the export routes, with the separator
 * as the staff member chooses. Each button names its route: a selection up to the threshold
 * downloads at once, a larger one becomes a job and the browser opens the exports page. The
 * templates are plain GET downloads. A client component so that a grid request sends the filters, not the form.
 */
export function ExportMenu({ params }: { params: Pick<CustomerUserListParams, "sort" | "dir" | "filters"> }) {
  const t = useTranslations("customerUsers.export");
  return (
    <details className="relative ml-2">
      <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium">
        {t("label")}
      </summary>
      <form
        method="post"
        action={BASE}
        className="absolute right-0 z-10 mt-1 flex w-64 flex-col gap-2 rounded-md border border-slate-200 bg-white p-3 shadow"
      >
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        {Object.entries(params.filters).map(
          ([key, value]) => value && <input key={key} type="hidden" name={key} value={value} />,
        )}
        <label className="text-sm">
          {t("delimiter")}
          <select name="delimiter" defaultValue="comma" className="mt-1 block w-full rounded border px-2 py-1">
            <option value="comma">{t("comma")}</option>
            <option value="semicolon">{t("semicolon")}</option>
          </select>
        </label>
        <Button type="submit">{t("users")}</Button>
        <Button type="submit" variant="secondary" formAction={`${BASE}/addresses`}>
          {t("addresses")}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          formAction={`${BASE}/template`}
          formMethod="get"
          name="entity"
          value="users"
        >
          {t("usersTemplate")}
        </Button>
        <Button
          type="submit"
          variant="secondary"
          formAction={`${BASE}/template`}
          formMethod="get"
          name="entity"
          value="addresses"
        >
          {t("addressesTemplate")}
        </Button>
        <Link className="text-sm underline" href="/admin/customer-users/exports">
          {t("jobs")}
        </Link>
      </form>
    </details>
  );
}
