import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { LOG_PURPOSES, LOG_STATUSES, type LogListParams } from "@/lib/impersonation/log-params";

/** A plain GET form, as on the audit log: a filtered view can be reloaded, shared and paged. */
export async function LogFilterForm({ base, params }: { base: string; params: LogListParams }) {
  const [t, tg] = await Promise.all([getTranslations("impersonation.log"), getTranslations("grid")]);
  const f = params.filters;
  return (
    <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-3" role="search">
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <input type="hidden" name="size" value={params.size} />
      <label className="min-w-48 flex-1 text-sm">
        <span className="font-medium">{t("filters.staff")}</span>
        <input name="staff" type="search" defaultValue={f.staff ?? ""} className={inputClass} />
      </label>
      <label className="min-w-48 flex-1 text-sm">
        <span className="font-medium">{t("filters.customer")}</span>
        <input name="customer" type="search" defaultValue={f.customer ?? ""} className={inputClass} />
      </label>
      <label className="text-sm">
        <span className="font-medium">{t("filters.purpose")}</span>
        <select name="purpose" defaultValue={f.purpose ?? ""} className={inputClass}>
          <option value="">{tg("all")}</option>
          {LOG_PURPOSES.map((p) => <option key={p} value={p}>{t(`purpose.${p}`)}</option>)}
        </select>
      </label>
      <label className="text-sm">
        <span className="font-medium">{t("filters.status")}</span>
        <select name="status" defaultValue={f.status ?? ""} className={inputClass}>
          <option value="">{tg("all")}</option>
          {LOG_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label className="text-sm">
        <span className="font-medium">{t("filters.from")}</span>
        <input name="from" type="date" defaultValue={f.from ?? ""} className={inputClass} />
      </label>
      <label className="text-sm">
        <span className="font-medium">{t("filters.to")}</span>
        <input name="to" type="date" defaultValue={f.to ?? ""} className={inputClass} />
      </label>
      <Button type="submit" variant="secondary">{t("filters.submit")}</Button>
      <Link href={base} className="py-1.5 text-sm underline">{t("filters.reset")}</Link>
    </form>
  );
}
