// npm run screenshots: the README's pictures of the demo data, taken from a running app (`npm start`, or
// SCREENSHOTS_URL=http://host:port), in the light scheme:
//   docs/screenshots/customer-user-form.png  Nora Buyer's edit form with her address, back office at 1280 px
//   docs/screenshots/storefront-phone.png    the Concierge Shop's home at 390 px as Nora sees it, its menu open
// (docs/screenshots/dashboard.png comes from `SCREENSHOTS=1 npm run test:e2e -- e2e/dashboard.spec.ts`: the
// demo seed holds no orders to chart.)
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

import { browserPath } from "./lib/browser.mjs";

const base = process.env.SCREENSHOTS_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
// the website is chosen by host name: localhost is the Concierge Shop, where Nora Buyer is a customer
const shopBase = base.replace("127.0.0.1", "localhost");
const login = (file, email) => JSON.parse(readFileSync(`prisma/${file}`, "utf8")).find((l) => l.email === email);
const admin = login("demo-logins.json", "admin@example.com");
const nora = login("demo-customer-logins.json", "nora.buyer@northwind.example");

/** A light-scheme page of its own at this width, signed in through the sign-in form at `path`. */
async function signedIn(browser, baseURL, width, path, { email, password }) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 844 }, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("form[data-hydrated=true]").waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== path);
  return page;
}

const browser = await chromium.launch({ executablePath: browserPath(), args: ["--no-sandbox", "--disable-gpu"] });
try {
  const office = await signedIn(browser, base, 1280, "/admin/login", admin);
  await office.goto(`/admin/customer-users?email=${encodeURIComponent(nora.email)}`);
  await office.getByTestId("customer-user-row").getByRole("link", { name: "Nora Buyer" }).click();
  await office.waitForURL(/\/admin\/customer-users\/[^/]+$/);
  await office.goto(`${new URL(office.url()).pathname}/edit`);
  await office.locator("form[data-hydrated=true]").waitFor();
  await office.getByTestId("address-row").waitFor();
  await office.screenshot({ path: "docs/screenshots/customer-user-form.png", fullPage: true });

  const shop = await signedIn(browser, shopBase, 390, "/login", nora);
  await shop.goto("/");
  await shop.getByTestId("shop-menu").locator("summary").click();
  await shop.getByTestId("shop-menu").getByRole("navigation").waitFor();
  await shop.screenshot({ path: "docs/screenshots/storefront-phone.png" });
  console.log("docs/screenshots: customer-user-form.png, storefront-phone.png");
} finally {
  await browser.close();
}
