import { getTranslations } from "next-intl/server";

import type { Permission } from "@/lib/acl/resources";
import type { Sees } from "@/lib/acl/visibility";

export type NoAccessTo =
  | "staffUsers"
  | "groups"
  | "roles"
  | "companies"
  | "customerUsers"
  | "customerRoles"
  | "orders"
  | "quotes"
  | "consents"
  | "mail"
  | "impersonations"
  | "cmsPages";

/** In place of a section whose data needs a view permission the viewer lacks: says so, and shows nothing of it. */
export async function NoAccess({ to }: { to: NoAccessTo }) {
  const t = await getTranslations("noAccess");
  return (
    <p className="mt-2 text-sm text-slate-600" data-testid="no-access">
      {t(to)}
    </p>
  );
}

/**
 * For a client form: the pickers the viewer may not use (they list records of a resource they may
 * not view), each with the sentence to show in its place. A picker left out is one they may use.
 */
export async function deniedPickers<K extends string>(
  sees: Sees,
  pickers: Record<K, [Permission, NoAccessTo]>,
): Promise<Partial<Record<K, string>>> {
  const t = await getTranslations("noAccess");
  const entries = Object.entries(pickers) as [K, [Permission, NoAccessTo]][];
  return Object.fromEntries(
    entries.filter(([, [permission]]) => !sees(permission)).map(([key, [, to]]) => [key, t(to)]),
  ) as Partial<Record<K, string>>;
}

/** The sentence alone, for a client component that shows it in place of a field. */
export async function noAccessText(to: NoAccessTo): Promise<string> {
  return (await getTranslations("noAccess"))(to);
}
