-- CSV import of customer users and their addresses: the uploaded file kept in PostgreSQL, its dry run,
-- the run's committed chunks (resume without a row twice), the changes for undo, the rows' errors, and
-- the run named on the audit entries it wrote.
-- CreateEnum
CREATE TYPE "CsvImportStatus" AS ENUM ('UPLOADED', 'VALIDATED', 'QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED', 'UNDONE');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "importRunId" TEXT;

-- CreateTable
CREATE TABLE "CsvImport" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "encoding" TEXT NOT NULL,
    "delimiter" TEXT NOT NULL,
    "status" "CsvImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "requestedById" TEXT,
    "requestedByLabel" TEXT NOT NULL,
    "invite" BOOLEAN NOT NULL DEFAULT false,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "validation" JSONB,
    "validatedChecksum" TEXT,
    "committedRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validatedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "undoneAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CsvImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CsvImportChunk" (
    "importId" TEXT NOT NULL,
    "chunk" INTEGER NOT NULL,
    "lastRow" INTEGER NOT NULL,
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CsvImportChunk_pkey" PRIMARY KEY ("importId","chunk")
);

-- CreateTable
CREATE TABLE "CsvImportChange" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "before" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CsvImportChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CsvImportRowError" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "column" TEXT,
    "message" JSONB NOT NULL,

    CONSTRAINT "CsvImportRowError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLog_importRunId_idx" ON "AuditLog"("importRunId");

-- CreateIndex
CREATE INDEX "CsvImport_createdAt_id_idx" ON "CsvImport"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "CsvImport_expiresAt_idx" ON "CsvImport"("expiresAt");

-- CreateIndex
CREATE INDEX "CsvImportChange_importId_idx" ON "CsvImportChange"("importId");

-- CreateIndex
CREATE INDEX "CsvImportRowError_importId_phase_row_idx" ON "CsvImportRowError"("importId", "phase", "row");

-- AddForeignKey
ALTER TABLE "CsvImport" ADD CONSTRAINT "CsvImport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsvImportChunk" ADD CONSTRAINT "CsvImportChunk_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CsvImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsvImportChange" ADD CONSTRAINT "CsvImportChange_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CsvImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CsvImportRowError" ADD CONSTRAINT "CsvImportRowError_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CsvImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
