import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ListNameForm } from "@/components/storefront/lists/list-name-form";
import { ListRow } from "@/components/storefront/lists/list-row";
import { requireCustomer } from "@/lib/identity/shop-session";
import { currentList } from "@/lib/shopping-lists/current";
import { listsOf, mayUseLists } from "@/lib/shopping-lists/service";

export const metadata: Metadata = { title: "Shopping lists" };

export default async function ShoppingListsPage() {
  const customer = await requireCustomer("/shopping-lists");
  const [t, lists, current, allowed] = await Promise.all([
    getTranslations("shop.lists"),
    listsOf(customer.id),
    currentList(customer),
    mayUseLists(customer.id, "VIEW"),
  ]);
  if (!allowed)
    return (
      <main className="mx-auto max-w-3xl p-8">
        <p data-testid="lists-not-allowed">{t("notAllowed")}</p>
      </main>
    );
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ListNameForm />
      {lists.length === 0 ? (
        <p data-testid="no-lists">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {lists.map((l) => (
            <ListRow key={l.id} list={l} current={l.id === current?.id} />
          ))}
        </ul>
      )}
    </main>
  );
}
