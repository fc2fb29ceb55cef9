import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { DateRangeFilter, FilterButtons } from "@/components/ui/filter-fields";
import { gridHref } from "@/lib/grid/params";
import { AUDIT_ACTIONS, type AuditListParams } from "@/lib/audit/params";

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be reloaded, shared and
 * paged. It offers the entities the viewer may view, and the search by who acted only to a viewer
 * who may view staff users and customer users (it would tell their e-mails letter by letter).
 */
export async function AuditFilterForm({ base, params, actorEmail, entities, withActor }: {
  base: string; params: AuditListParams; actorEmail?: string | null; entities: readonly string[]; withActor: boolean;
}) {
  const [t, tg] = await Promise.all([getTranslations("audit"), getTranslations("grid")]);
  const f = params.filters;
  return (
    <form method="get" action={base} className="mt-4 space-y-3" role="search">
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <input type="hidden" name="size" value={params.size} />
      {f.actorId && <input type="hidden" name="actorId" value={f.actorId} />}
      {f.actorId && (
        <p className="text-sm" data-testid="audit-actor-only">
          {t("filters.actorOnly", { actor: actorEmail ?? f.actorId })}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { actorId: "" }, page: 1 })}>{t("filters.allActors")}</Link>
        </p>
      )}
      {f.session && <input type="hidden" name="session" value={f.session} />}
      {f.session && (
        <p className="text-sm" data-testid="audit-session-only">
          {t("filters.sessionOnly", { session: f.session })}{" "}
          <Link className="underline" href={gridHref(base, params, { filters: { session: "" }, page: 1 })}>{t("filters.allSessions")}</Link>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        {withActor && (
          <label className="min-w-56 flex-1 text-sm">
            <span className="font-medium">{t("filters.actor")}</span>
            <input name="actor" type="search" defaultValue={f.actor ?? ""} className={inputClass} />
          </label>
        )}
        <label className="text-sm">
          <span className="font-medium">{t("filters.entity")}</span>
          <select name="entity" defaultValue={f.entity ?? ""} className={inputClass}>
            <option value="">{tg("all")}</option>
            {entities.map((e) => <option key={e} value={e}>{t(`entities.${e}`)}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="font-medium">{t("filters.action")}</span>
          <select name="action" defaultValue={f.action ?? ""} className={inputClass}>
            <option value="">{tg("all")}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`actions.${a}`)}</option>)}
          </select>
        </label>
        <DateRangeFilter from={f.from} to={f.to} labels={{ from: t("filters.from"), to: t("filters.to") }} />
        <FilterButtons base={base} submit={t("filters.submit")} reset={t("filters.reset")} />
      </div>
    </form>
  );
}
