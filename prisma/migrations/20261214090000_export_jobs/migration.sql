-- CSV exports run as jobs: the job row (progress, cursor, expiry) and its file in chunks, and the
-- "export-ready" e-mail to the staff member who asked for it.
-- CreateEnum
CREATE TYPE "ExportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED', 'EXPIRED');

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "delimiter" TEXT NOT NULL,
    "status" "ExportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "bytes" INTEGER NOT NULL DEFAULT 0,
    "chunks" INTEGER NOT NULL DEFAULT 0,
    "selectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "maxRoles" INTEGER,
    "cursor" JSONB,
    "error" TEXT,
    "dispatchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportChunk" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ExportChunk_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateIndex
CREATE INDEX "ExportJob_requestedById_createdAt_idx" ON "ExportJob"("requestedById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ExportJob_createdAt_idx" ON "ExportJob"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "ExportJob_status_dispatchedAt_idx" ON "ExportJob"("status", "dispatchedAt");

-- CreateIndex
CREATE INDEX "ExportJob_expiresAt_idx" ON "ExportJob"("expiresAt");

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportChunk" ADD CONSTRAINT "ExportChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ExportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The "export-ready" e-mail in English and German for installations seeded before it existed;
-- rows an editor already created are left alone.
INSERT INTO "EmailTemplate" ("id", "key", "localizationId", "subject", "bodyText", "bodyHtml", "updatedAt")
SELECT 'tpl-export-ready-' || l.code, 'export-ready', l.id, v.subject, v.body, v.html, CURRENT_TIMESTAMP
FROM (VALUES
  ('en', 'Your export "{{ exportName }}" is ready',
   E'Hello {{ firstName }},\n\nyour export "{{ exportName }}" ({{ rows }} rows) is ready. Download it until {{ expiresOn }}:\n{{ downloadUrl }}',
   E'<p>Hello {{ firstName }},</p>\n<p>your export "{{ exportName }}" ({{ rows }} rows) is ready. Download it until {{ expiresOn }}:<br>{{ downloadUrl }}</p>'),
  ('de', 'Ihr Export „{{ exportName }}“ ist fertig',
   E'Hallo {{ firstName }},\n\nIhr Export „{{ exportName }}“ ({{ rows }} Zeilen) ist fertig. Sie können ihn bis {{ expiresOn }} herunterladen:\n{{ downloadUrl }}',
   E'<p>Hallo {{ firstName }},</p>\n<p>Ihr Export „{{ exportName }}“ ({{ rows }} Zeilen) ist fertig. Sie können ihn bis {{ expiresOn }} herunterladen:<br>{{ downloadUrl }}</p>')
) AS v(code, subject, body, html)
JOIN "Localization" l ON l.code = v.code
WHERE NOT EXISTS (SELECT 1 FROM "EmailTemplate" e WHERE e.key = 'export-ready' AND e."localizationId" = l.id);
