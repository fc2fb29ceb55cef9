"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import { SIGNED_IN, staffAction } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";

import { sessionIdSchema, startAssistSchema, startPreviewSchema } from "./schema";
import { endImpersonation, startImpersonation } from "./service";

/** "Log in as a user": returns the one-time link the browser opens in a new tab. */
export const startAssistAction = staffAction(
  "customers/impersonation/start",
  startAssistSchema,
  async ({ actor, staff, input }) => {
    const userAgent = (await headers()).get("user-agent");
    const started = await startImpersonation(
      { ...actor, staffId: staff.id },
      { customerUserId: input.customerUserId, purpose: "ASSIST", reason: input.reason, startPath: "/" },
      userAgent,
    );
    return { ok: true, data: { url: started.url } };
  },
);

/**
 * Spryker's CMS preview: the page as an assigned customer sees it (their prices, products, content
 * variants, and the page even before it is published), in a session that cannot change anything.
 */
export const startPreviewAction = staffAction(
  "content/cms-page/preview",
  startPreviewSchema,
  async ({ actor, staff, input }) => {
    const page = await prisma.cmsPage.findUnique({
      where: { id: input.cmsPageId },
      select: { slug: true, websiteId: true },
    });
    if (!page) throw new DomainError("notFound");
    const customer = await prisma.customerUser.findUnique({
      where: { id: input.customerUserId },
      select: { websiteId: true },
    });
    if (page.websiteId && customer && customer.websiteId !== page.websiteId)
      throw new DomainError("impersonation.otherWebsite");
    const userAgent = (await headers()).get("user-agent");
    const started = await startImpersonation(
      { ...actor, staffId: staff.id },
      {
        customerUserId: input.customerUserId,
        purpose: "PREVIEW",
        reason: `CMS page preview: ${page.slug}`,
        startPath: `/pages/${encodeURIComponent(page.slug)}`,
      },
      userAgent,
    );
    return { ok: true, data: { url: started.url } };
  },
);

/** Anyone signed in may end their own session from the back office, e.g. after closing its tab. */
export const endOwnImpersonationAction = staffAction(SIGNED_IN, sessionIdSchema, async ({ staff, actor, input }) => {
  if (!(await endImpersonation(input.sessionId, "ENDED_BY_STAFF", { onlyStaffUserId: staff.id, actor })))
    throw new DomainError("notFound");
  revalidatePath("/admin", "layout");
  return { ok: true };
});

/** A supervisor ends anyone's live session from the impersonation log. */
export const endImpersonationAction = staffAction(
  "customers/impersonation/end",
  sessionIdSchema,
  async ({ actor, input }) => {
    if (!(await endImpersonation(input.sessionId, "ENDED_BY_STAFF", { actor }))) throw new DomainError("notFound");
    revalidatePath("/admin", "layout");
    return { ok: true };
  },
);
