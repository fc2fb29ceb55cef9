import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { inputClass } from "@/components/ui/field";
import { DateRangeFilter, FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { GridStateFields } from "@/components/ui/grid-search";
import { LOGIN_ATTEMPT_SOURCES, type LoginAttemptListParams } from "@/lib/customer-login-attempts/params";
import { gridHref } from "@/lib/grid/params";

/** A plain GET form: the filters live in the URL, so a filtered view can be reloaded, shared and paged. */
export async function LoginAttemptsFilter({
  base,
  params,
  websites,
}: {
  base: string;
  params: LoginAttemptListParams;
  websites: { id: string; name: string }[];
}) {
  const [t, tg] = await Promise.all([getTranslations("loginAttempts"), getTranslations("grid")]);
  const f = params.filters;
  const select = (name: "result" | "source" | "website", options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={t(`filters.${name}`)} value={f[name]} all={tg("all")} options={options} />
  );
  return (
    <form method="get" action={base} className="mt-4 space-y-3" role="search">
      <GridStateFields params={params} />
      {f.customerUserId && (
        <p className="text-sm" data-testid="attempts-user-only">
          {t("filters.userOnly")}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { customerUserId: "" }, page: 1 })}>
            {t("filters.allUsers")}
          </Link>
          <input type="hidden" name="customerUserId" value={f.customerUserId} />
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <label className="min-w-56 flex-1 text-sm">
          <span className="font-medium">{t("filters.email")}</span>
          <input name="email" type="email" defaultValue={f.email ?? ""} className={inputClass} />
        </label>
        {select("result", [
          { value: "success", label: t("result.success") },
          { value: "failure", label: t("result.failure") },
        ])}
        {select(
          "source",
          LOGIN_ATTEMPT_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) })),
        )}
        {select(
          "website",
          websites.map((w) => ({ value: w.id, label: w.name })),
        )}
        <DateRangeFilter from={f.from} to={f.to} labels={{ from: t("filters.from"), to: t("filters.to") }} />
        <FilterButtons base={base} submit={t("filters.submit")} reset={t("filters.reset")} />
      </div>
    </form>
  );
}
