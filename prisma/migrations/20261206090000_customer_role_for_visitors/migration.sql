-- The role of anonymous visitors is marked by a column, not recognised by its name, and nobody holds it.
ALTER TABLE "CustomerRole" ADD COLUMN "forVisitors" BOOLEAN NOT NULL DEFAULT false;
UPDATE "CustomerRole" SET "forVisitors" = true WHERE "companyId" IS NULL AND "name" = 'Non-authenticated visitor';
DELETE FROM "CustomerUserRole" WHERE "roleId" IN (SELECT id FROM "CustomerRole" WHERE "forVisitors");
