-- The back-office dashboard, bulk runs of customer-user changes (each audit entry names its run), saved grid views
-- per staff user (and the customer users grid's Updated column sorted by an index), and the failed sign-in that locked an account (the dashboard counts lockouts).
-- CreateEnum
CREATE TYPE "BulkRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "bulkRunId" TEXT;

-- AlterTable
ALTER TABLE "CustomerLoginAttempt" ADD COLUMN     "lockedOut" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "BulkRun" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "targetIds" TEXT[],
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "failures" JSONB NOT NULL DEFAULT '[]',
    "status" "BulkRunStatus" NOT NULL DEFAULT 'QUEUED',
    "staffUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedGridView" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "grid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedGridView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BulkRun_status_createdAt_idx" ON "BulkRun"("status", "createdAt");

-- CreateIndex
CREATE INDEX "BulkRun_staffUserId_createdAt_idx" ON "BulkRun"("staffUserId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "SavedGridView_staffUserId_grid_name_key" ON "SavedGridView"("staffUserId", "grid", "name");

-- CreateIndex
CREATE INDEX "CustomerUser_updatedAt_id_idx" ON "CustomerUser"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "AuditLog_bulkRunId_idx" ON "AuditLog"("bulkRunId");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_bulkRunId_fkey" FOREIGN KEY ("bulkRunId") REFERENCES "BulkRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkRun" ADD CONSTRAINT "BulkRun_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedGridView" ADD CONSTRAINT "SavedGridView_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
