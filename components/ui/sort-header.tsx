import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** A column header that links to the grid sorted by it; a second click flips the direction. */
export async function SortHeader({
  label,
  active,
  dir,
  href,
}: {
  label: string;
  active: boolean;
  dir: "asc" | "desc";
  href: string;
}) {
  const t = await getTranslations("grid");
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
      className="px-3 py-2 text-left font-semibold"
    >
      <Link href={href} className="inline-flex items-center gap-1 hover:underline">
        {label}
        {active && (
          <span aria-label={dir === "asc" ? t("sortAscending") : t("sortDescending")}>{dir === "asc" ? "▲" : "▼"}</span>
        )}
      </Link>
    </th>
  );
}
