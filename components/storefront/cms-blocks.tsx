import type { ShopPage } from "@/lib/cms/storefront";

/**
 * A page's blocks. The HTML comes from lib/cms/markdown.ts, which escapes every character of the
 * source and emits only its own tags, so it is inserted as it is.
 */
export function CmsBlocks({ page }: { page: ShopPage }) {
  return (
    <div className="space-y-4 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_pre]:overflow-auto [&_pre]:bg-slate-100 [&_pre]:p-3 [&_ul]:list-disc [&_ul]:pl-6" data-testid="cms-content">
      {page.blocks.map((b) => <div key={b.id} data-testid="cms-block" dangerouslySetInnerHTML={{ __html: b.html }} />)}
    </div>
  );
}
