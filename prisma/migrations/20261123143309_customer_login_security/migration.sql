-- CreateEnum
CREATE TYPE "CustomerLoginSource" AS ENUM ('STOREFRONT', 'API', 'IMPERSONATION');

-- AlterTable
ALTER TABLE "CustomerUser" ADD COLUMN     "failedLoginsSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CustomerConfirmationToken" (
    "id" TEXT NOT NULL,
    "customerUserId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerConfirmationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerLoginAttempt" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT NOT NULL,
    "websiteId" TEXT NOT NULL,
    "customerUserId" TEXT,
    "success" BOOLEAN NOT NULL,
    "source" "CustomerLoginSource" NOT NULL,
    "ip" TEXT,

    CONSTRAINT "CustomerLoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerConfirmationToken_tokenHash_key" ON "CustomerConfirmationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CustomerConfirmationToken_customerUserId_idx" ON "CustomerConfirmationToken"("customerUserId");

-- CreateIndex
CREATE INDEX "CustomerLoginAttempt_createdAt_id_idx" ON "CustomerLoginAttempt"("createdAt", "id");

-- CreateIndex
CREATE INDEX "CustomerLoginAttempt_email_createdAt_idx" ON "CustomerLoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "CustomerLoginAttempt_customerUserId_createdAt_idx" ON "CustomerLoginAttempt"("customerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "CustomerLoginAttempt_websiteId_createdAt_idx" ON "CustomerLoginAttempt"("websiteId", "createdAt");

-- AddForeignKey
ALTER TABLE "CustomerConfirmationToken" ADD CONSTRAINT "CustomerConfirmationToken_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerLoginAttempt" ADD CONSTRAINT "CustomerLoginAttempt_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerLoginAttempt" ADD CONSTRAINT "CustomerLoginAttempt_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
