-- OAuth 2.0 client-credentials applications of customer users, their access tokens (by jti, for revocation
-- and introspection), the token signing keys, the per-website storefront API switch, and API writes in the audit log.
-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "oauthApplicationId" TEXT;

-- AlterTable
ALTER TABLE "Website" ADD COLUMN     "apiEnabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OAuthApplication" (
    "id" TEXT NOT NULL,
    "customerUserId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "previousSecretHash" TEXT,
    "previousSecretExpiresAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMP(3),
    "rateLimitPerSecond" INTEGER NOT NULL DEFAULT 10,
    "rateLimitBurst" INTEGER NOT NULL DEFAULT 20,
    "createdByStaffId" TEXT,
    "createdByCustomerUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OAuthApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OAuthApplicationUsage" (
    "applicationId" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "refilledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "lastUsedIp" TEXT,

    CONSTRAINT "OAuthApplicationUsage_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "OAuthAccessToken" (
    "jti" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "scopes" TEXT[],
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "OAuthAccessToken_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "OAuthSigningKey" (
    "kid" TEXT NOT NULL,
    "algorithm" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "privateJwkSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMP(3),
    "retiresAt" TIMESTAMP(3),

    CONSTRAINT "OAuthSigningKey_pkey" PRIMARY KEY ("kid")
);

-- CreateIndex
CREATE UNIQUE INDEX "OAuthApplication_clientId_key" ON "OAuthApplication"("clientId");

-- CreateIndex
CREATE INDEX "OAuthApplication_customerUserId_createdAt_idx" ON "OAuthApplication"("customerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "OAuthApplication_createdAt_id_idx" ON "OAuthApplication"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OAuthApplication_name_id_idx" ON "OAuthApplication"("name", "id");

-- CreateIndex
CREATE INDEX "OAuthApplication_active_idx" ON "OAuthApplication"("active");

-- CreateIndex
CREATE INDEX "OAuthApplication_name_trgm_idx" ON "OAuthApplication" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OAuthApplicationUsage_lastUsedAt_idx" ON "OAuthApplicationUsage"("lastUsedAt");

-- CreateIndex
CREATE INDEX "OAuthAccessToken_applicationId_expiresAt_idx" ON "OAuthAccessToken"("applicationId", "expiresAt");

-- CreateIndex
CREATE INDEX "OAuthAccessToken_expiresAt_idx" ON "OAuthAccessToken"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditLog_oauthApplicationId_at_idx" ON "AuditLog"("oauthApplicationId", "at" DESC);

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_oauthApplicationId_fkey" FOREIGN KEY ("oauthApplicationId") REFERENCES "OAuthApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthApplication" ADD CONSTRAINT "OAuthApplication_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthApplication" ADD CONSTRAINT "OAuthApplication_createdByStaffId_fkey" FOREIGN KEY ("createdByStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthApplicationUsage" ADD CONSTRAINT "OAuthApplicationUsage_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OAuthApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OAuthAccessToken" ADD CONSTRAINT "OAuthAccessToken_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OAuthApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

