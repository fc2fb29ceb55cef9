import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { inputClass } from "@/components/ui/field";
import { DateRangeFilter, FilterButtons, FilterSelect } from "@/components/ui/filter-fields";
import { GridStateFields } from "@/components/ui/grid-search";
import { AUDIT_ACTIONS, type AuditListParams } from "@/lib/audit/params";
import { gridHref } from "@/lib/grid/params";

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be reloaded, shared and
 * paged. It offers the entities the viewer may view, and the search by who acted only to a viewer
 * who may view staff users and customer users (it would tell their e-mails letter by letter).
 */
export async function AuditFilterForm({
  base,
  params,
  actorEmail,
  entities,
  withActor,
}: {
  base: string;
  params: AuditListParams;
  actorEmail?: string | null;
  entities: readonly string[];
  withActor: boolean;
}) {
  const [t, tg] = await Promise.all([getTranslations("audit"), getTranslations("grid")]);
  const f = params.filters;
  return (
    <form method="get" action={base} className="mt-4 space-y-3" role="search">
      <GridStateFields params={params} />
      {f.actorId && <input type="hidden" name="actorId" value={f.actorId} />}
      {f.actorId && (
        <p className="text-sm" data-testid="audit-actor-only">
          {t("filters.actorOnly", { actor: actorEmail ?? f.actorId })}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { actorId: "" }, page: 1 })}>
            {t("filters.allActors")}
          </Link>
        </p>
      )}
      {f.session && <input type="hidden" name="session" value={f.session} />}
      {f.session && (
        <p className="text-sm" data-testid="audit-session-only">
          {t("filters.sessionOnly", { session: f.session })}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { session: "" }, page: 1 })}>
            {t("filters.allSessions")}
          </Link>
        </p>
      )}
      {f.run && <input type="hidden" name="run" value={f.run} />}
      {f.run && (
        <p className="text-sm" data-testid="audit-run-only">
          {t("filters.runOnly")}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { run: "" }, page: 1 })}>
            {t("filters.allRuns")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        {withActor && (
          <label className="min-w-56 flex-1 text-sm">
            <span className="font-medium">{t("filters.actor")}</span>
            <input name="actor" type="search" defaultValue={f.actor ?? ""} className={inputClass} />
          </label>
        )}
        <FilterSelect
          name="entity"
          label={t("filters.entity")}
          value={f.entity}
          all={tg("all")}
          options={entities.map((e) => ({ value: e, label: t(`entities.${e}`) }))}
        />
        <FilterSelect
          name="action"
          label={t("filters.action")}
          value={f.action}
          all={tg("all")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
        />
        <DateRangeFilter from={f.from} to={f.to} labels={{ from: t("filters.from"), to: t("filters.to") }} />
        <FilterButtons base={base} submit={t("filters.submit")} reset={t("filters.reset")} />
      </div>
    </form>
  );
}
