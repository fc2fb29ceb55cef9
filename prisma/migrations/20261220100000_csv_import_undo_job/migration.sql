-- Undo of an import runs as a job of the import worker, in chunks, with its progress on the run and, on each
-- change, what the undo did with it (so a restarted undo resumes at the first change not yet undone).
-- CreateEnum
CREATE TYPE "CsvImportUndoStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "CsvImport" ADD COLUMN     "undoStatus" "CsvImportUndoStatus",
ADD COLUMN     "undoRequestedById" TEXT,
ADD COLUMN     "undoRequestedByLabel" TEXT,
ADD COLUMN     "undoTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoRestored" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoDisabled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoSkipped" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoFailure" TEXT;

-- AlterTable
ALTER TABLE "CsvImportChange" ADD COLUMN     "undone" TEXT;

-- DropIndex
DROP INDEX "CsvImportChange_importId_idx";

-- CreateIndex
CREATE INDEX "CsvImportChange_importId_line_idx" ON "CsvImportChange"("importId", "line");
