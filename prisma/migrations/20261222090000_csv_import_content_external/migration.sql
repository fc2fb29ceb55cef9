-- An import reads its stored file a slice at a time (lib/customer-import/content.ts). Stored
-- uncompressed, PostgreSQL reads only the pages of the slice asked for, where a compressed file
-- would be decompressed whole for every slice. Applies to files stored from now on.
ALTER TABLE "CsvImport" ALTER COLUMN "content" SET STORAGE EXTERNAL;
