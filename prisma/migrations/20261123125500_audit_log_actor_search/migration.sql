-- CreateIndex
CREATE INDEX "AuditLog_actorLabel_trgm_idx" ON "AuditLog" USING GIN ("actorLabel" gin_trgm_ops);
