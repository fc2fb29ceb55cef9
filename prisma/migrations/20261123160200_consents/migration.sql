-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "cmsPageId" TEXT;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_cmsPageId_fkey" FOREIGN KEY ("cmsPageId") REFERENCES "CmsPage"("id") ON DELETE SET NULL ON UPDATE CASCADE;
