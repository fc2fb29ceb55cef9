-- CreateEnum
CREATE TYPE "ImpersonationPurpose" AS ENUM ('ASSIST', 'PREVIEW');

-- CreateEnum
CREATE TYPE "ImpersonationEndReason" AS ENUM ('LOGGED_OUT', 'ENDED_BY_STAFF', 'EXPIRED', 'NOT_STARTED', 'STAFF_UNAVAILABLE', 'FEATURE_OFF', 'CUSTOMER_UNAVAILABLE');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "impersonationSessionId" TEXT;

-- AlterTable
ALTER TABLE "CustomerUser" ADD COLUMN     "assistanceAllowed" BOOLEAN,
ADD COLUMN     "customerNumber" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "impersonationSessionId" TEXT;

-- AlterTable
ALTER TABLE "Website" ADD COLUMN     "impersonationEnabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ImpersonationSession" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "customerUserId" TEXT,
    "customerEmail" TEXT NOT NULL,
    "websiteId" TEXT NOT NULL,
    "purpose" "ImpersonationPurpose" NOT NULL,
    "reason" TEXT NOT NULL,
    "startPath" TEXT NOT NULL DEFAULT '/',
    "startTokenHash" TEXT,
    "startTokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" "ImpersonationEndReason",
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "ImpersonationSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImpersonationSession_startTokenHash_key" ON "ImpersonationSession"("startTokenHash");

-- CreateIndex
CREATE INDEX "ImpersonationSession_createdAt_id_idx" ON "ImpersonationSession"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "ImpersonationSession_staffUserId_endedAt_idx" ON "ImpersonationSession"("staffUserId", "endedAt");

-- CreateIndex
CREATE INDEX "ImpersonationSession_customerUserId_createdAt_idx" ON "ImpersonationSession"("customerUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImpersonationSession_endedAt_expiresAt_idx" ON "ImpersonationSession"("endedAt", "expiresAt");

-- CreateIndex
CREATE INDEX "AuditLog_impersonationSessionId_at_idx" ON "AuditLog"("impersonationSessionId", "at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerUser_customerNumber_key" ON "CustomerUser"("customerNumber");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_impersonationSessionId_fkey" FOREIGN KEY ("impersonationSessionId") REFERENCES "ImpersonationSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_impersonationSessionId_fkey" FOREIGN KEY ("impersonationSessionId") REFERENCES "ImpersonationSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpersonationSession" ADD CONSTRAINT "ImpersonationSession_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpersonationSession" ADD CONSTRAINT "ImpersonationSession_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpersonationSession" ADD CONSTRAINT "ImpersonationSession_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

