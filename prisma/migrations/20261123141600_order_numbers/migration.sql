-- CreateIndex
CREATE INDEX "EmailMessage_recipientType_recipientId_createdAt_idx" ON "EmailMessage"("recipientType", "recipientId", "createdAt" DESC);

-- Human-facing numbers of orders and quotes: a sequence hands out each value once, even to
-- concurrent transactions, so two staff members saving at the same moment never collide.
CREATE SEQUENCE "order_number_seq" START 1;
CREATE SEQUENCE "quote_number_seq" START 1;
