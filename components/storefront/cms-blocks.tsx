import type { ShopPage } from "@/lib/cms/storefront";

import { ProductWall } from "./product-wall";

// typography for the Markdown only: product cards bring their own styles
const PROSE =
  "[&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_pre]:overflow-auto [&_pre]:bg-slate-100 [&_pre]:p-3 [&_ul]:list-disc [&_ul]:pl-6";

/**
 * A page's blocks. The HTML comes from lib/cms/markdown.ts, which escapes every character of the
 * source and emits only its own tags, so it is inserted as it is; product lists arrive already
 * narrowed to what the viewer may see, at the viewer's prices.
 */
export function CmsBlocks({ page }: { page: ShopPage }) {
  return (
    <div className="space-y-4" data-testid="cms-content">
      {page.blocks.map((b) => (
        <div key={b.id} className="space-y-4" data-testid="cms-block">
          {b.parts.map((part, i) =>
            part.type === "html" ? (
              <div key={i} className={PROSE} dangerouslySetInnerHTML={{ __html: part.html }} />
            ) : (
              <ProductWall key={i} products={part.products} testId="cms-products" />
            ),
          )}
        </div>
      ))}
    </div>
  );
}
