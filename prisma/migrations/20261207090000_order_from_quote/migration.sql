-- An accepted quote is ordered through checkout: the order remembers its quote, and a quote becomes at most one order.
ALTER TABLE "Order" ADD COLUMN "quoteId" TEXT;
CREATE UNIQUE INDEX "Order_quoteId_key" ON "Order"("quoteId");
ALTER TABLE "Order" ADD CONSTRAINT "Order_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE SET NULL ON UPDATE CASCADE;
