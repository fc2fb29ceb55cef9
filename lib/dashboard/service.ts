import "server-only";

import type { Permission } from "@/lib/acl/resources";
import type { Sees } from "@/lib/acl/visibility";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const DASHBOARD_PERIODS = [7, 30, 90] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export const parsePeriod = (raw: unknown): DashboardPeriod => DASHBOARD_PERIODS.find((p) => String(p) === raw) ?? 30;

/** One day of a widget's series: the day (YYYY-MM-DD, UTC) and a count per series key. */
export type DayPoint = { day: string } & Record<string, number | string>;

/**
 * The widgets: what each counts, the series it splits into, and the permission that lets a viewer
 * see it. Each is one aggregate statement over the period's days.
 */
export const WIDGETS = {
  orders: { permission: "sales/order/view", series: ["customer", "assisted"] },
  impersonations: { permission: "customers/impersonation/view", series: ["assist", "preview"] },
  signIns: { permission: "customers/login-attempt/view", series: ["succeeded", "failed", "lockouts"] },
  newCustomerUsers: { permission: "customers/customer-user/view", series: ["created"] },
} as const satisfies Record<string, { permission: Permission; series: readonly string[] }>;
export type WidgetKey = keyof typeof WIDGETS;

/** The counts of a widget per day, from the table, its time column and one FILTER per series. */
const SOURCES: Record<WidgetKey, { from: Prisma.Sql; at: Prisma.Sql; counts: Prisma.Sql }> = {
  orders: {
    from: Prisma.sql`"Order"`,
    at: Prisma.sql`"createdAt"`,
    // placed on the customer's behalf: a staff member created it (assisted selling or a back-office order)
    counts: Prisma.sql`count(*) FILTER (WHERE "createdByStaffUserId" IS NULL)::int AS customer,
                       count(*) FILTER (WHERE "createdByStaffUserId" IS NOT NULL)::int AS assisted`,
  },
  impersonations: {
    from: Prisma.sql`"ImpersonationSession"`,
    at: Prisma.sql`"createdAt"`,
    counts: Prisma.sql`count(*) FILTER (WHERE purpose = 'ASSIST')::int AS assist,
                       count(*) FILTER (WHERE purpose = 'PREVIEW')::int AS preview`,
  },
  signIns: {
    from: Prisma.sql`"CustomerLoginAttempt"`,
    at: Prisma.sql`"createdAt"`,
    counts: Prisma.sql`count(*) FILTER (WHERE success)::int AS succeeded,
                       count(*) FILTER (WHERE NOT success)::int AS failed,
                       count(*) FILTER (WHERE "lockedOut")::int AS lockouts`,
  },
  newCustomerUsers: {
    from: Prisma.sql`"CustomerUser"`,
    at: Prisma.sql`"createdAt"`,
    counts: Prisma.sql`count(*)::int AS created`,
  },
};

/** The first day of the period and the day after its last (today), UTC. */
export function periodRange(days: DashboardPeriod, now = new Date()): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(today - (days - 1) * 86_400_000), to: iso(today + 86_400_000) };
}

/**
 * One widget's series: the period's days from generate_series, left-joined to the counts grouped by
 * date_trunc('day'), so a day without rows is a 0 rather than a gap. The range predicate on the
 * time column is served by its (createdAt) index.
 */
export async function widgetSeries(key: WidgetKey, days: DashboardPeriod, now = new Date()): Promise<DayPoint[]> {
  const { from, to } = periodRange(days, now);
  const src = SOURCES[key];
  const series = WIDGETS[key].series;
  const picked = Prisma.join(
    series.map((s) => Prisma.sql`coalesce(c.${Prisma.raw(`"${s}"`)}, 0)::int AS ${Prisma.raw(`"${s}"`)}`),
  );
  const rows = await prisma.$queryRaw<DayPoint[]>`
    WITH counts AS (
      SELECT date_trunc('day', ${src.at}) AS day, ${src.counts}
      FROM ${src.from}
      WHERE ${src.at} >= ${from}::timestamp AND ${src.at} < ${to}::timestamp
      GROUP BY 1
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, ${picked}
    FROM generate_series(${from}::timestamp, ${to}::timestamp - interval '1 day', interval '1 day') AS d(day)
    LEFT JOIN counts c ON c.day = d.day
    ORDER BY d.day`;
  return rows;
}

export type Widget = { key: WidgetKey; series: readonly string[]; points: DayPoint[]; totals: Record<string, number> };

/** The widgets the viewer may see, with their series for the period; the others are left out, not emptied. */
export async function dashboard(sees: Sees, days: DashboardPeriod, now = new Date()): Promise<Widget[]> {
  const keys = (Object.keys(WIDGETS) as WidgetKey[]).filter((k) => sees(WIDGETS[k].permission));
  return Promise.all(
    keys.map(async (key) => {
      const points = await widgetSeries(key, days, now);
      const series = WIDGETS[key].series;
      const totals = Object.fromEntries(series.map((s) => [s, points.reduce((n, p) => n + Number(p[s] ?? 0), 0)]));
      return { key, series, points, totals };
    }),
  );
}
