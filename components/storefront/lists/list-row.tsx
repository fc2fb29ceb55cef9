"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { deleteListAction, setCurrentListAction } from "@/lib/shopping-lists/shop-actions";

import { ListNameForm } from "./list-name-form";

/** One of the user's lists: open it, make it the current one, rename or delete it. */
export function ListRow({
  list,
  current,
}: {
  list: { id: string; name: string; lineCount: number };
  current: boolean;
}) {
  const t = useTranslations("shop.lists");
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (action: () => Promise<{ ok: true } | { ok: false; message: string }>) => {
    const res = await action();
    if (res.ok) return router.refresh();
    setMessage(res.message);
  };
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 p-4" data-testid="shopping-list">
      <div className="flex flex-wrap items-center gap-3">
        <Link className="font-medium underline" href={`/shopping-lists/${list.id}`}>
          {list.name}
        </Link>
        <span className="text-sm text-slate-600">{t("lineCount", { count: list.lineCount })}</span>
        {current ? (
          <span className="rounded bg-green-100 px-2 py-0.5 text-xs text-green-800" data-testid="current-list">
            {t("current")}
          </span>
        ) : (
          <Button type="button" variant="secondary" onClick={() => run(() => setCurrentListAction({ id: list.id }))}>
            {t("makeCurrent")}
          </Button>
        )}
        <Button type="button" variant="link" onClick={() => setRenaming(true)}>
          {t("rename")}
        </Button>
        <Button type="button" variant="link" onClick={() => run(() => deleteListAction({ id: list.id }))}>
          {t("delete")}
        </Button>
      </div>
      {renaming && <ListNameForm id={list.id} name={list.name} onDone={() => setRenaming(false)} />}
      {message && (
        <p className="text-sm text-red-700" role="alert">
          {message}
        </p>
      )}
    </li>
  );
}
