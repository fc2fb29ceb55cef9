import { describe, expect, it } from "vitest";

import { makeShopWorld } from "@/tests/catalog-fixtures";
import { auditRows, makeAdmin } from "@/tests/staff-fixtures";

import type { CmsPageFormValues } from "./schema";
import { getCmsPageForm, saveCmsPage } from "./service";
import { getPage, type ShopPage } from "./storefront";

const htmlOf = (b: ShopPage["blocks"][number]) => b.parts.map((p) => (p.type === "html" ? p.html : "")).join("\n");
const block = (body: string, extra: Partial<CmsPageFormValues["blocks"][number]> = {}) => ({
  body,
  audience: "EVERYONE" as const,
  customerGroupId: "",
  companyId: "",
  companyLabel: "",
  ...extra,
});

describe("CMS pages in the back office", () => {
  it("saves ordered blocks with their audiences, and the storefront shows each viewer theirs", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const slug = `news-${w.t}`;
    const { id } = await saveCmsPage(actor, undefined, {
      slug,
      title: "News",
      websiteId: w.website.id,
      published: true,
      blocks: [
        block("All"),
        block("Beta only", { audience: "COMPANY", companyId: w.beta.id }),
        block("Group", { audience: "CUSTOMER_GROUP", customerGroupId: w.group.id }),
      ],
    });
    expect((await getPage(w.asBeta, w.website.id, slug))?.blocks.map(htmlOf)).toEqual([
      "<p>All</p>",
      "<p>Beta only</p>",
      "<p>Group</p>",
    ]);
    expect((await getPage(w.asAlpha, w.website.id, slug))?.blocks.map(htmlOf)).toEqual(["<p>All</p>", "<p>Group</p>"]);
    expect((await getCmsPageForm(id, () => true))?.blocks[1]).toMatchObject({
      audience: "COMPANY",
      companyId: w.beta.id,
      companyLabel: w.beta.name,
    });
    expect((await auditRows("cms-page", id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("keeps addresses unique per website and among shared pages", async () => {
    const { actor } = await makeAdmin();
    const w = await makeShopWorld();
    const page = (websiteId: string) => ({ slug: `faq-${w.t}`, title: "FAQ", websiteId, published: false, blocks: [] });
    await saveCmsPage(actor, undefined, page(""));
    await expect(saveCmsPage(actor, undefined, page(""))).rejects.toMatchObject({
      code: "cmsSlugTaken",
      field: "slug",
    });
    const own = await saveCmsPage(actor, undefined, page(w.website.id));
    await expect(saveCmsPage(actor, undefined, page(w.website.id))).rejects.toMatchObject({ code: "cmsSlugTaken" });
    await expect(saveCmsPage(actor, own.id, page(w.website.id))).resolves.toEqual(own);
  });
});
