-- CreateEnum
CREATE TYPE "PasswordStatus" AS ENUM ('ACTIVE', 'RESET', 'EXPIRED');

-- CreateEnum
CREATE TYPE "CustomerPermissionAction" AS ENUM ('VIEW', 'CREATE', 'EDIT', 'DELETE', 'ASSIGN');

-- CreateEnum
CREATE TYPE "CustomerPermissionLevel" AS ENUM ('NONE', 'OWN', 'COMPANY', 'COMPANY_AND_SUBSIDIARIES');

-- CreateTable
CREATE TABLE "Localization" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Localization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Website" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "defaultLocalizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Website_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteLocalization" (
    "websiteId" TEXT NOT NULL,
    "localizationId" TEXT NOT NULL,

    CONSTRAINT "WebsiteLocalization_pkey" PRIMARY KEY ("websiteId","localizationId")
);

-- CreateTable
CREATE TABLE "CustomerGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "salesRepId" TEXT,
    "websiteId" TEXT NOT NULL,
    "customerGroupId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerUser" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "websiteId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "namePrefix" TEXT,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "lastName" TEXT NOT NULL,
    "nameSuffix" TEXT,
    "birthday" DATE,
    "phone" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "passwordStatus" "PasswordStatus" NOT NULL DEFAULT 'ACTIVE',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "lockedUntil" TIMESTAMP(3),
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "salesRepId" TEXT,
    "preferredLocalizationId" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerAddress" (
    "id" TEXT NOT NULL,
    "companyId" TEXT,
    "customerUserId" TEXT,
    "label" TEXT,
    "organization" TEXT,
    "namePrefix" TEXT,
    "firstName" TEXT,
    "middleName" TEXT,
    "lastName" TEXT,
    "nameSuffix" TEXT,
    "street" TEXT NOT NULL,
    "street2" TEXT,
    "city" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "region" TEXT,
    "country" TEXT NOT NULL,
    "phone" TEXT,
    "billing" BOOLEAN NOT NULL DEFAULT false,
    "shipping" BOOLEAN NOT NULL DEFAULT false,
    "defaultBilling" BOOLEAN NOT NULL DEFAULT false,
    "defaultShipping" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerRole" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "companyId" TEXT,
    "selfManaged" BOOLEAN NOT NULL DEFAULT false,
    "capabilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerRolePermission" (
    "id" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "action" "CustomerPermissionAction" NOT NULL,
    "level" "CustomerPermissionLevel" NOT NULL,

    CONSTRAINT "CustomerRolePermission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerUserRole" (
    "customerUserId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,

    CONSTRAINT "CustomerUserRole_pkey" PRIMARY KEY ("customerUserId","roleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Localization_code_key" ON "Localization"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Website_code_key" ON "Website"("code");

-- CreateIndex
CREATE INDEX "WebsiteLocalization_localizationId_idx" ON "WebsiteLocalization"("localizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerGroup_name_key" ON "CustomerGroup"("name");

-- CreateIndex
CREATE INDEX "Company_parentId_idx" ON "Company"("parentId");

-- CreateIndex
CREATE INDEX "Company_name_idx" ON "Company"("name");

-- CreateIndex
CREATE INDEX "Company_salesRepId_idx" ON "Company"("salesRepId");

-- CreateIndex
CREATE INDEX "Company_websiteId_idx" ON "Company"("websiteId");

-- CreateIndex
CREATE INDEX "Company_customerGroupId_idx" ON "Company"("customerGroupId");

-- CreateIndex
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CustomerUser_companyId_idx" ON "CustomerUser"("companyId");

-- CreateIndex
CREATE INDEX "CustomerUser_salesRepId_idx" ON "CustomerUser"("salesRepId");

-- CreateIndex
CREATE INDEX "CustomerUser_lastName_firstName_idx" ON "CustomerUser"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "CustomerUser_email_trgm_idx" ON "CustomerUser" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CustomerUser_firstName_trgm_idx" ON "CustomerUser" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CustomerUser_lastName_trgm_idx" ON "CustomerUser" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerUser_websiteId_email_key" ON "CustomerUser"("websiteId", "email");

-- CreateIndex
CREATE INDEX "CustomerAddress_companyId_idx" ON "CustomerAddress"("companyId");

-- CreateIndex
CREATE INDEX "CustomerAddress_customerUserId_idx" ON "CustomerAddress"("customerUserId");

-- CreateIndex
CREATE INDEX "CustomerRole_name_idx" ON "CustomerRole"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerRole_companyId_name_key" ON "CustomerRole"("companyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerRolePermission_roleId_entity_action_key" ON "CustomerRolePermission"("roleId", "entity", "action");

-- CreateIndex
CREATE INDEX "CustomerUserRole_roleId_idx" ON "CustomerUserRole"("roleId");

-- AddForeignKey
ALTER TABLE "Website" ADD CONSTRAINT "Website_defaultLocalizationId_fkey" FOREIGN KEY ("defaultLocalizationId") REFERENCES "Localization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteLocalization" ADD CONSTRAINT "WebsiteLocalization_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteLocalization" ADD CONSTRAINT "WebsiteLocalization_localizationId_fkey" FOREIGN KEY ("localizationId") REFERENCES "Localization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_salesRepId_fkey" FOREIGN KEY ("salesRepId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_customerGroupId_fkey" FOREIGN KEY ("customerGroupId") REFERENCES "CustomerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUser" ADD CONSTRAINT "CustomerUser_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUser" ADD CONSTRAINT "CustomerUser_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUser" ADD CONSTRAINT "CustomerUser_salesRepId_fkey" FOREIGN KEY ("salesRepId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUser" ADD CONSTRAINT "CustomerUser_preferredLocalizationId_fkey" FOREIGN KEY ("preferredLocalizationId") REFERENCES "Localization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerAddress" ADD CONSTRAINT "CustomerAddress_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerAddress" ADD CONSTRAINT "CustomerAddress_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRole" ADD CONSTRAINT "CustomerRole_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerRolePermission" ADD CONSTRAINT "CustomerRolePermission_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "CustomerRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUserRole" ADD CONSTRAINT "CustomerUserRole_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerUserRole" ADD CONSTRAINT "CustomerUserRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "CustomerRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;
