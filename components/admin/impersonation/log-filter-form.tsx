import { getTranslations } from "next-intl/server";

import { inputClass } from "@/components/ui/field";
import { DateRangeFilter, FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { GridStateFields } from "@/components/ui/grid-search";
import { LOG_PURPOSES, LOG_STATUSES, type LogListParams } from "@/lib/impersonation/log-params";

/** A plain GET form, as on the audit log: a filtered view can be reloaded, shared and paged. The e-mail searches only for viewers who may view those users. */
export async function LogFilterForm({
  base,
  params,
  people,
}: {
  base: string;
  params: LogListParams;
  people: { staff: boolean; customer: boolean };
}) {
  const [t, tg] = await Promise.all([getTranslations("impersonation.log"), getTranslations("grid")]);
  const f = params.filters;
  return (
    <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-3" role="search">
      <GridStateFields params={params} />
      {people.staff && (
        <label className="min-w-48 flex-1 text-sm">
          <span className="font-medium">{t("filters.staff")}</span>
          <input name="staff" type="search" defaultValue={f.staff ?? ""} className={inputClass} />
        </label>
      )}
      {people.customer && (
        <label className="min-w-48 flex-1 text-sm">
          <span className="font-medium">{t("filters.customer")}</span>
          <input name="customer" type="search" defaultValue={f.customer ?? ""} className={inputClass} />
        </label>
      )}
      <FilterSelect
        name="purpose"
        label={t("filters.purpose")}
        value={f.purpose}
        all={tg("all")}
        options={LOG_PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
      />
      <FilterSelect
        name="status"
        label={t("filters.status")}
        value={f.status}
        all={tg("all")}
        options={LOG_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <DateRangeFilter from={f.from} to={f.to} labels={{ from: t("filters.from"), to: t("filters.to") }} />
      <FilterButtons base={base} submit={t("filters.submit")} reset={t("filters.reset")} />
    </form>
  );
}
