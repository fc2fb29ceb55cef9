-- Imports and bulk runs count the workers that took them since their last progress, and end FAILED with a
-- reason after a few, instead of being retried by the queue and the sweep forever.
-- AlterEnum
ALTER TYPE "BulkRunStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "BulkRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "failure" TEXT;

-- AlterTable
ALTER TABLE "CsvImport" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "failure" TEXT;
