import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { CmsBlocks } from "@/components/storefront/cms-blocks";
import { getPage } from "@/lib/cms/storefront";
import { currentCustomer } from "@/lib/identity/shop-session";
import { currentShopContext } from "@/lib/storefront/context";

/** A staff preview shows the page before it is published, as that is what previews are for. */
const load = cache(async (slug: string) => {
  const [{ website, viewer }, customer] = await Promise.all([
    currentShopContext({ allowPreview: true }),
    currentCustomer({ allowPreview: true }),
  ]);
  return getPage(viewer, website.id, slug, { drafts: customer?.impersonation?.purpose === "PREVIEW" });
});

export async function generateMetadata({ params }: PageProps<"/pages/[slug]">): Promise<Metadata> {
  return { title: (await load((await params).slug))?.title ?? "Page" };
}

export default async function CmsPageRoute({ params }: PageProps<"/pages/[slug]">) {
  const page = await load((await params).slug);
  if (!page) notFound();
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-3xl font-semibold">{page.title}</h1>
      <div className="mt-6">
        <CmsBlocks page={page} />
      </div>
    </main>
  );
}
