import { getTranslations } from "next-intl/server";

/**
 * What a page shows while its data loads: the shape of a title and a grid, announced once as
 * "Loading…", so a click on a link answers at once.
 */
export async function PageLoading({ rows = 6 }: { rows?: number }) {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" data-testid="page-loading" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-64 max-w-full rounded bg-slate-200" />
      <div aria-hidden="true" className="space-y-2 rounded-lg bg-white p-4 shadow">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-5 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
