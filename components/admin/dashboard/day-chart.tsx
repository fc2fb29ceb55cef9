"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { DayPoint } from "@/lib/dashboard/service";

/** Colours with at least 3:1 contrast against white, told apart by the legend as well. */
const COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed"];

/** A bar chart of counts per day, one bar (or stacked segment) per series. */
export function DayChart({
  points,
  series,
  stacked,
}: {
  points: DayPoint[];
  series: { key: string; label: string }[];
  stacked?: boolean;
}) {
  return (
    <div className="mt-3 h-64" data-testid="day-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={COLOURS[i % COLOURS.length]}
              stackId={stacked ? "day" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
