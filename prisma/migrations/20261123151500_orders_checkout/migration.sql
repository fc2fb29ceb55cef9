-- DropIndex
DROP INDEX "ShoppingListLine_shoppingListId_idx";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "billingAddress" JSONB,
ADD COLUMN     "shippingAddress" JSONB;

-- AlterTable
ALTER TABLE "ShoppingListLine" ADD COLUMN     "productId" TEXT;

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Order_total_idx" ON "Order"("total");

-- CreateIndex
CREATE INDEX "ShoppingListLine_productId_idx" ON "ShoppingListLine"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "ShoppingListLine_shoppingListId_productId_key" ON "ShoppingListLine"("shoppingListId", "productId");

-- AddForeignKey
ALTER TABLE "ShoppingListLine" ADD CONSTRAINT "ShoppingListLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Default wording of the order confirmation for databases seeded before it existed (a present row, edited or not, is kept)
INSERT INTO "EmailTemplate" ("id", "key", "localizationId", "subject", "bodyText", "bodyHtml", "updatedAt")
SELECT gen_random_uuid()::text, 'order-confirmation', l."id", 'Your order {{ orderNumber }} at {{ websiteName }}', 'Hello {{ firstName }},

thank you for your order {{ orderNumber }} at {{ websiteName }}. Total: {{ total }}.
{{ createdOnBehalfNote }}

Your order: {{ orderUrl }}', '<p>Hello {{ firstName }},</p>
<p>thank you for your order {{ orderNumber }} at {{ websiteName }}. Total: {{ total }}.<br>{{ createdOnBehalfNote }}</p>
<p>Your order: {{ orderUrl }}</p>', now()
FROM "Localization" l WHERE l."code" = 'en'
ON CONFLICT ("key", "localizationId") DO NOTHING;
INSERT INTO "EmailTemplate" ("id", "key", "localizationId", "subject", "bodyText", "bodyHtml", "updatedAt")
SELECT gen_random_uuid()::text, 'order-confirmation', l."id", 'Ihre Bestellung {{ orderNumber }} bei {{ websiteName }}', 'Hallo {{ firstName }},

vielen Dank für Ihre Bestellung {{ orderNumber }} bei {{ websiteName }}. Gesamtbetrag: {{ total }}.
{{ createdOnBehalfNote }}

Ihre Bestellung: {{ orderUrl }}', '<p>Hallo {{ firstName }},</p>
<p>vielen Dank für Ihre Bestellung {{ orderNumber }} bei {{ websiteName }}. Gesamtbetrag: {{ total }}.<br>{{ createdOnBehalfNote }}</p>
<p>Ihre Bestellung: {{ orderUrl }}</p>', now()
FROM "Localization" l WHERE l."code" = 'de'
ON CONFLICT ("key", "localizationId") DO NOTHING;
