import { readdirSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { expect, test, type APIRequestContext } from "@playwright/test";

import { VIEW_TABS } from "../lib/customer-users/tabs";
import {
  assignPreviewCustomer,
  markersIn,
  removeCanaries,
  seedCanaries,
  VIEW_PERMISSIONS,
  WITHOUT_MARKER,
  type Canaries,
  type ViewPermission,
} from "../tests/canaries";
import { db, tag } from "./fixtures/db";

/**
 * Every back-office page, visited by a staff user denied one view permission and allowed everything
 * else, shows none of that permission's data: not on its own pages (403) and not on anyone else's
 * (a customer user's tabs, a picker, a column, a log). The pages are found on the file system, and
 * their ids are the canaries', so a new page is visited without being listed here. Plain HTTP, no
 * browser: the HTML carries both the rendered page and the props of its client components.
 */

const ADMIN_DIR = path.resolve(import.meta.dirname, "../app/admin");
const PASSWORD = "Probe-pass-2026-visibility";
const PARALLEL = 4;

/** "/admin/users/[id]/edit" for app/admin/(backoffice)/users/[id]/edit/page.tsx; route groups leave no trace in the URL. */
function adminRoutes(dir = ADMIN_DIR, segments: string[] = ["admin"]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return e.name === "page.tsx" ? [`/${segments.join("/")}`] : [];
    const next = /^\(.*\)$/.test(e.name) ? segments : [...segments, e.name];
    return adminRoutes(path.join(dir, e.name), next);
  });
}

/** The canary that fills a dynamic segment, keyed by the segment before it; a new kind of page fails here until it is added. */
const segmentValues = (c: Canaries): Record<string, string> => ({
  "users/[id]": c.staff.id,
  "groups/[id]": c.group.id,
  "roles/[id]": c.role.id,
  "companies/[id]": c.company.id,
  "customer-users/[id]": c.customer.id,
  "customer-roles/[id]": c.buyerRole.id,
  "cms-pages/[id]": c.cmsPage.id,
  "consents/[id]": c.consent.id,
  "price-lists/[id]": c.priceList.id,
  "products/[id]": c.product.id,
  "orders/[id]": c.order.id,
  "quotes/[number]": c.quote.number,
  "requests-for-quote/[number]": c.rfq.number,
  "mailbox/[id]": c.mail.id,
  "import/[id]": c.csvImport.id,
  "email-templates/[key]": "welcome",
  "[key]/[locale]": c.localization.code,
});

/** Views of a page that its URL chooses: tabs, and filters that name a record. */
const queryVariants = (c: Canaries): Record<string, string[]> => ({
  "/admin/customer-users/[id]": VIEW_TABS.map((tab) => `?tab=${tab}`),
  "/admin/audit-log": [`?actorId=${c.staff.id}`],
  "/admin/customer-login-attempts": [`?customerUserId=${c.customer.id}`],
  "/admin/agent-assist": [`?q=${c.customer.email}`],
  "/admin/companies": [`?parent=${c.parent.id}`],
  "/admin/customer-users": [`?companyId=${c.company.id}`],
});

function urlsFor(c: Canaries): string[] {
  const values = segmentValues(c);
  const variants = queryVariants(c);
  return adminRoutes().flatMap((route) => {
    const segments = route.split("/");
    const url = segments
      .map((s, i) => {
        if (!s.startsWith("[")) return s;
        const value = values[`${segments[i - 1]}/${s}`];
        if (!value) throw new Error(`no canary fills ${s} in ${route}: add one to segmentValues`);
        return encodeURIComponent(value);
      })
      .join("/");
    return [url, ...(variants[route] ?? []).map((q) => url + q)];
  });
}

type Page = { url: string; status: number; body: string };

/**
 * The page without what its own URL says: Next echoes the path and query (a quote's number, a
 * searched e-mail) into every page it renders, a 403 page too, and that is what was asked, not shown.
 */
function withoutUrl(url: string, body: string): string {
  const pieces = url
    .split(/[/?&=]/)
    .map(decodeURIComponent)
    .flatMap((p) => [p, encodeURIComponent(p)])
    .filter((p) => p.length > 3);
  return pieces.reduce((text, piece) => text.split(piece).join(""), body);
}
async function crawl(ctx: APIRequestContext, urls: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        // once more when the server closed a kept-alive connection just as it was reused
        const res = await ctx.get(url, { timeout: 30_000 }).catch(() => ctx.get(url, { timeout: 30_000 }));
        pages.push({ url, status: res.status(), body: withoutUrl(url, await res.text()) });
      }
    }),
  );
  return pages;
}

const probed = VIEW_PERMISSIONS.filter((p) => !(p in WITHOUT_MARKER));
let canaries: Canaries;
let urls: string[];
const crawlers = new Map<ViewPermission | "all", { id: string; ctx: APIRequestContext }>();

test.beforeAll(async ({ playwright }, info) => {
  test.setTimeout(120_000);
  const t = tag();
  const passwordHash = await hash(PASSWORD, { algorithm: 2 });
  const baseURL = info.project.use.baseURL;
  // an agent (for the agents' desk) with */*/* and, for each view permission, one who is denied only that
  await Promise.all(
    [["all", null] as const, ...probed.map((p) => [p, p] as const)].map(async ([key, denied]) => {
      const [area, resource, action] = denied?.split("/") ?? [];
      const rules = [
        { area: "*", resource: "*", action: "*", effect: "ALLOW" as const },
        ...(denied ? [{ area: area!, resource: resource!, action: action!, effect: "DENY" as const }] : []),
      ];
      const name = `probe ${key} ${t}`;
      const group = await db.staffGroup.create({
        data: { name, roles: { create: [{ role: { create: { name, rules: { create: rules } } } }] } },
      });
      const email = `probe-${key.replaceAll("/", "-")}-${t}@example.com`;
      const user = await db.staffUser.create({
        data: {
          email,
          passwordHash,
          firstName: "Probe",
          lastName: t,
          isAgent: true,
          groups: { create: [{ groupId: group.id }] },
        },
      });
      const ctx = await playwright.request.newContext({ baseURL });
      const { csrfToken } = (await (await ctx.get("/api/admin-auth/csrf")).json()) as { csrfToken: string };
      await ctx.post("/api/admin-auth/callback/staff-credentials", {
        form: { csrfToken, email, password: PASSWORD },
        maxRedirects: 0,
      });
      expect(await (await ctx.get("/admin/account")).text()).toContain(email);
      crawlers.set(key, { id: user.id, ctx });
    }),
  );
  // written after the sign-ins, so that the canaries' audit entries are the newest
  canaries = await seedCanaries(db, t);
  for (const { id } of crawlers.values()) await assignPreviewCustomer(db, canaries, id);
  urls = urlsFor(canaries);
});

test.afterAll(async () => {
  for (const { ctx } of crawlers.values()) await ctx.dispose();
  if (canaries) await removeCanaries(db, canaries);
  const ids = [...crawlers.values()].map((c) => c.id);
  const groups = await db.staffGroup.findMany({
    where: { users: { some: { userId: { in: ids } } } },
    select: { id: true, roles: { select: { roleId: true } } },
  });
  await db.staffUser.deleteMany({ where: { id: { in: ids } } });
  await db.staffGroup.deleteMany({ where: { id: { in: groups.map((g) => g.id) } } });
  await db.staffRole.deleteMany({ where: { id: { in: groups.flatMap((g) => g.roles.map((r) => r.roleId)) } } });
});

test("with every permission, every page opens and every canary shows somewhere", async () => {
  test.setTimeout(90_000);
  const pages = await crawl(crawlers.get("all")!.ctx, urls);
  expect(pages.filter((p) => p.status !== 200).map((p) => `${p.url}: ${p.status}`)).toEqual([]);
  const unseen = probed.flatMap((p) =>
    canaries.markers[p].filter((m) => !pages.some((page) => page.body.toLowerCase().includes(m))),
  );
  expect(unseen).toEqual([]);
});

for (const permission of probed) {
  test(`denied ${permission}, no page shows its data`, async () => {
    test.setTimeout(90_000);
    const pages = await crawl(crawlers.get(permission)!.ctx, urls);
    const leaks = pages.flatMap((p) =>
      markersIn(p.body, canaries.markers, permission).map((m) => `${p.url} (${p.status}) shows ${m}`),
    );
    expect(leaks.sort()).toEqual([]);
  });
}
