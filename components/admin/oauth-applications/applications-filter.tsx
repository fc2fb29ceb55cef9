import { getTranslations } from "next-intl/server";

import { inputClass } from "@/components/ui/field";
import { FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { GridStateFields } from "@/components/ui/grid-search";
import { APPLICATION_STATUSES, type ApplicationListParams } from "@/lib/oauth-applications/params";

/** A plain GET form: the filters live in the URL. Owner and company are offered only to viewers who may view them. */
export async function ApplicationsFilter({
  base,
  params,
  websites,
  show,
}: {
  base: string;
  params: ApplicationListParams;
  websites: { id: string; name: string }[];
  show: { owner: boolean; company: boolean };
}) {
  const [t, tg] = await Promise.all([getTranslations("oauthApplications"), getTranslations("grid")]);
  const f = params.filters;
  const text = (name: "name" | "owner" | "company") => (
    <label className="min-w-48 flex-1 text-sm">
      <span className="font-medium">{t(`filters.${name}`)}</span>
      <input name={name} defaultValue={f[name] ?? ""} className={inputClass} />
    </label>
  );
  return (
    <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-3" role="search">
      <GridStateFields params={params} />
      {text("name")}
      {show.owner && text("owner")}
      {show.company && text("company")}
      <FilterSelect
        name="website"
        label={t("filters.website")}
        value={f.website}
        all={tg("all")}
        options={websites.map((w) => ({ value: w.id, label: w.name }))}
      />
      <FilterSelect
        name="status"
        label={t("filters.status")}
        value={f.status}
        all={tg("all")}
        options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <FilterButtons base={base} submit={t("filters.submit")} reset={t("filters.reset")} />
    </form>
  );
}
