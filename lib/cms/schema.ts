import { z } from "zod";

import type { Translate } from "@/lib/i18n/translate";

export const MAX_BLOCKS = 50;
export const CMS_AUDIENCES = ["EVERYONE", "CUSTOMER_GROUP", "COMPANY"] as const;
const idSchema = z.string().min(1).max(64);
const text = (t: Translate, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: t("errors.required") })
    .max(max, { error: t("errors.tooLong", { max }) });

/** One content block: Markdown and who sees it; a group or company audience must name which. */
export function cmsBlockSchema(t: Translate) {
  return z
    .object({
      body: z.string().max(20_000, { error: t("errors.tooLong", { max: 20_000 }) }),
      audience: z.enum(CMS_AUDIENCES),
      customerGroupId: z.string().max(64),
      companyId: z.string().max(64),
      companyLabel: z.string().max(1000),
    })
    .superRefine((b, ctx) => {
      if (b.audience === "CUSTOMER_GROUP" && !b.customerGroupId)
        ctx.addIssue({ code: "custom", path: ["customerGroupId"], message: t("cms.errors.groupRequired") });
      if (b.audience === "COMPANY" && !b.companyId)
        ctx.addIssue({ code: "custom", path: ["companyId"], message: t("cms.errors.companyRequired") });
    });
}

/** The CMS page form: an empty website means the page is shared by every website. */
export function cmsPageFormSchema(t: Translate) {
  return z.object({
    slug: text(t, 100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: t("cms.errors.slug") }),
    title: text(t, 200),
    websiteId: z.string().max(64),
    published: z.boolean(),
    blocks: z.array(cmsBlockSchema(t)).max(MAX_BLOCKS, { error: t("cms.errors.tooManyBlocks", { max: MAX_BLOCKS }) }),
  });
}

export type CmsPageFormInput = z.input<ReturnType<typeof cmsPageFormSchema>>;
export type CmsPageFormValues = z.output<ReturnType<typeof cmsPageFormSchema>>;
export type CmsBlockInput = z.input<ReturnType<typeof cmsBlockSchema>>;
export const emptyBlock = (): CmsBlockInput => ({
  body: "",
  audience: "EVERYONE",
  customerGroupId: "",
  companyId: "",
  companyLabel: "",
});

export const updateCmsPageSchema = (t: Translate) => z.object({ id: idSchema, values: cmsPageFormSchema(t) });
export const deleteCmsPageSchema = () => z.object({ id: idSchema });
