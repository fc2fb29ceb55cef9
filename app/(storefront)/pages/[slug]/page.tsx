import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CmsBlocks } from "@/components/storefront/cms-blocks";
import { getPage } from "@/lib/cms/storefront";
import { currentShopContext } from "@/lib/storefront/context";

const load = cache(async (slug: string) => {
  const { website, viewer } = await currentShopContext();
  return getPage(viewer, website.id, slug);
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
      <div className="mt-6"><CmsBlocks page={page} /></div>
    </main>
  );
}
