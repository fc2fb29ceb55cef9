-- The back office's notice of a finished import, until its requester has seen it
ALTER TABLE "CsvImport" ADD COLUMN "seenAt" TIMESTAMP(3);
CREATE INDEX "CsvImport_requestedById_seenAt_idx" ON "CsvImport"("requestedById", "seenAt");
