import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { DASHBOARD_PERIODS, type DashboardPeriod, type Widget } from "@/lib/dashboard/service";
import { formatDate } from "@/lib/i18n/dates";

import { DayChart } from "./day-chart";

const CARD = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";

/** KPI cards (the period's totals) and one chart per widget the viewer may see, for 7, 30 or 90 days. */
export async function Dashboard({ widgets, days }: { widgets: Widget[]; days: DashboardPeriod }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const cards = widgets.flatMap((w) => w.series.map((s) => ({ key: `${w.key}.${s}`, value: w.totals[s] ?? 0 })));
  return (
    <section>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <nav aria-label={t("period")} className="flex gap-1" data-testid="dashboard-period">
          {DASHBOARD_PERIODS.map((p) => (
            <Link
              key={p}
              href={`/admin?days=${p}`}
              aria-current={p === days ? "page" : undefined}
              className={`rounded border px-3 py-1 text-sm ${p === days ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300 text-slate-800"}`}
            >
              {t("days", { days: p })}
            </Link>
          ))}
        </nav>
      </div>
      <ul className="mt-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" aria-label={t("kpis")}>
        {cards.map((c) => (
          <li key={c.key} className={CARD} data-testid={`kpi-${c.key}`}>
            <p className="text-sm text-slate-700">{t(`series.${c.key}`)}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums">{c.value}</p>
          </li>
        ))}
      </ul>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        {widgets.map((w) => (
          <figure key={w.key} className={CARD} data-testid={`widget-${w.key}`}>
            <figcaption className="font-semibold">{t(`widgets.${w.key}`)}</figcaption>
            <DayChart
              points={w.points}
              series={w.series.map((s) => ({ key: s, label: t(`series.${w.key}.${s}`) }))}
              stacked={w.key === "orders"}
            />
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-slate-700">{t("asTable")}</summary>
              <table className="mt-2 w-full text-left" data-testid={`table-${w.key}`}>
                <thead>
                  <tr>
                    <th scope="col">{t("day")}</th>
                    {w.series.map((s) => (
                      <th key={s} scope="col">
                        {t(`series.${w.key}.${s}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {w.points.map((p) => (
                    <tr key={p.day}>
                      <td>
                        <time dateTime={p.day}>{formatDate(p.day, locale)}</time>
                      </td>
                      {w.series.map((s) => (
                        <td key={s} className="tabular-nums">
                          {p[s]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        ))}
      </div>
    </section>
  );
}
