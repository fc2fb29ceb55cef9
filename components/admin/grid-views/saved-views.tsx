"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ViewGrid } from "@/lib/grid-views/grids";
import { deleteGridViewAction, saveGridViewAction } from "@/lib/grid-views/staff-actions";

type View = { id: string; name: string; isDefault: boolean };

/**
 * The viewer's saved views of a grid: open one, delete one, or save the grid as it is now under a
 * name, optionally as the view the grid opens with.
 */
export function SavedViews({
  grid,
  base,
  views,
  state,
}: {
  grid: ViewGrid;
  base: string;
  views: View[];
  /** the grid's state as its URL holds it now */
  state: Record<string, string | string[]>;
}) {
  const t = useTranslations("gridViews");
  const router = useRouter();
  const [name, setName] = useState("");
  const [isDefault, setDefault] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const save = () =>
    start(async () => {
      setSaved(null);
      const res = await saveGridViewAction({ grid, name, state, isDefault });
      if (!res.ok) return setError(res.fieldErrors?.name?.[0] ?? res.message);
      setError(null);
      setSaved(t("saved", { name: res.data!.name }));
      setName("");
      router.refresh();
    });
  const remove = (id: string) =>
    start(async () => {
      const res = await deleteGridViewAction({ id });
      if (!res.ok) return setError(res.message);
      router.refresh();
    });

  return (
    <details className="relative text-sm" data-testid="saved-views">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5">{t("title")}</summary>
      <div className="absolute right-0 z-10 mt-1 w-72 space-y-3 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        {views.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="space-y-1">
            {views.map((v) => (
              <li key={v.id} className="flex items-center justify-between gap-2">
                <Link className="underline" href={`${base}?view=${encodeURIComponent(v.id)}`}>
                  {v.name}
                  {v.isDefault && <span className="ml-1 text-slate-700">({t("default")})</span>}
                </Link>
                <button
                  type="button"
                  className="text-red-700 underline"
                  disabled={pending}
                  aria-label={t("delete", { name: v.name })}
                  onClick={() => remove(v.id)}
                >
                  {t("deleteShort")}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="space-y-2 border-t border-slate-200 pt-3">
          <label className="block">
            <span className="font-medium">{t("name")}</span>
            <input
              className={inputClass}
              value={name}
              maxLength={60}
              aria-invalid={!!error}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={isDefault} onChange={(e) => setDefault(e.target.checked)} />
            {t("makeDefault")}
          </label>
          {error && (
            <p className="text-red-700" role="alert">
              {error}
            </p>
          )}
          {saved && <p role="status">{saved}</p>}
          <button type="button" className={buttonClass("secondary")} disabled={pending} onClick={save}>
            {t("save")}
          </button>
        </div>
      </div>
    </details>
  );
}
