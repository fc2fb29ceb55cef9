import type { PrismaClient } from "../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Demo products (prices in cents); the images are committed under public/products/. */
const PRODUCTS: { sku: string; name: string; price: number; description: string; partnersOnly?: boolean }[] = [
  {
    sku: "CHAIR-ERGO",
    name: "Ergonomic office chair",
    price: 24900,
    description:
      "Adjustable seat height, lumbar support and **five-year warranty**.\n\n- Breathable mesh back\n- Load capacity 150 kg",
  },
  {
    sku: "DESK-STAND",
    name: "Electric standing desk",
    price: 49900,
    description: "Two motors, three memory positions, 160 × 80 cm top.",
  },
  {
    sku: "LAMP-LED",
    name: "LED desk lamp",
    price: 3990,
    description: "Dimmable, colour temperature from 2700 K to 6500 K.",
  },
  {
    sku: "ARM-MONITOR",
    name: "Monitor arm",
    price: 8900,
    description: "Holds one screen up to 32 inches; clamp or grommet mount.",
  },
  {
    sku: "PAPER-A4",
    name: "A4 copy paper, 5 reams",
    price: 2450,
    description: "80 g/m², 2,500 sheets, FSC certified.",
  },
  {
    sku: "PEN-BLUE",
    name: "Ballpoint pens, box of 50",
    price: 1290,
    description: "Blue ink, retractable, refillable.",
  },
  { sku: "NOTE-A5", name: "A5 notebooks, pack of 10", price: 1990, description: "Dotted pages, lay-flat binding." },
  {
    sku: "BIN-RECYCLE",
    name: "Recycling bin set",
    price: 5900,
    description: "Three 20 l bins for paper, plastic and waste.",
  },
  { sku: "COFFEE-1KG", name: "Coffee beans, 1 kg", price: 2100, description: "Medium roast, *fair trade*." },
  {
    sku: "HEADSET-BT",
    name: "Bluetooth headset",
    price: 7900,
    description: "Noise-cancelling microphone, 30 hours of talk time.",
  },
  { sku: "CABLE-USBC", name: "USB-C cables, pack of 10", price: 2990, description: "1 m, 100 W charging, braided." },
  {
    sku: "PALLET-PAPER",
    name: "Pallet of A4 copy paper",
    price: 89900,
    description: "240 boxes delivered on a Euro pallet. For **wholesale partners** only.",
    partnersOnly: true,
  },
];

/** Partner prices for the customer group; Contoso Retail has a list of its own. */
const WHOLESALE_PRICES: Record<string, number> = {
  "CHAIR-ERGO": 21900,
  "DESK-STAND": 44900,
  "PAPER-A4": 2090,
  "PEN-BLUE": 990,
  "COFFEE-1KG": 1790,
  "PALLET-PAPER": 79900,
};
const CONTOSO_PRICES: Record<string, number> = {
  "CHAIR-ERGO": 22900,
  "LAMP-LED": 3490,
  "HEADSET-BT": 6900,
  "CABLE-USBC": 2490,
};

const HOME = `# Office supplies for businesses

Everything an office needs, delivered next working day. Browse the [products](/products), see the [current offers](/pages/offers) or read [about us](/pages/about).`;
const HOME_PARTNERS = "**Wholesale partners:** your partner prices are shown throughout the shop.";
const ABOUT = `# About Concierge

We supply offices across Germany since 2009.

- Next-day delivery
- Invoices with 30 days to pay
- A named contact for every company`;
const ABOUT_PARTNERS =
  "## For wholesale partners\n\nPallet orders ship from our Hamburg warehouse; ask your sales representative for delivery slots.";
// chosen so partners (Northwind Holding, Berlin), Contoso Retail and everyone else each see other prices
const OFFERS = `# This month's offers

::products CHAIR-ERGO, LAMP-LED, HEADSET-BT, PAPER-A4

Signed in, you see the prices agreed with your company.`;

export async function seedCatalog(tx: Tx, ids: { customerGroupId: string; contosoId: string }) {
  const products = new Map<string, string>();
  for (const p of PRODUCTS) {
    const created = await tx.product.create({
      data: {
        sku: p.sku,
        name: p.name,
        description: p.description,
        basePrice: p.price,
        imagePath: `/products/${p.sku.toLowerCase()}.svg`,
        ...(p.partnersOnly ? { visibility: { create: [{ customerGroupId: ids.customerGroupId }] } } : {}),
      },
    });
    products.set(p.sku, created.id);
  }
  const entries = (prices: Record<string, number>) => ({
    create: Object.entries(prices).map(([sku, price]) => ({ productId: products.get(sku)!, price })),
  });
  await tx.priceList.create({
    data: {
      name: "Wholesale partners",
      entries: entries(WHOLESALE_PRICES),
      customerGroups: { create: [{ customerGroupId: ids.customerGroupId }] },
    },
  });
  await tx.priceList.create({
    data: {
      name: "Contoso Retail",
      entries: entries(CONTOSO_PRICES),
      companies: { create: [{ companyId: ids.contosoId }] },
    },
  });

  const partners = { audience: "CUSTOMER_GROUP" as const, customerGroupId: ids.customerGroupId };
  await tx.cmsPage.create({
    data: {
      slug: "home",
      title: "Welcome to Concierge",
      published: true,
      blocks: {
        create: [
          { position: 0, body: HOME },
          { position: 1, body: HOME_PARTNERS, ...partners },
        ],
      },
    },
  });
  const about = await tx.cmsPage.create({
    data: {
      slug: "about",
      title: "About us",
      published: true,
      blocks: {
        create: [
          { position: 0, body: ABOUT },
          { position: 1, body: ABOUT_PARTNERS, ...partners },
        ],
      },
    },
  });
  await tx.cmsPage.create({
    data: {
      slug: "offers",
      title: "Current offers",
      published: true,
      blocks: { create: [{ position: 0, body: OFFERS }] },
    },
  });
  await tx.consent.create({
    data: { code: "terms-of-use", name: "Terms of use", mandatory: true, cmsPageId: about.id },
  });
  await tx.consent.create({ data: { code: "marketing-emails", name: "Marketing e-mails" } });
}
