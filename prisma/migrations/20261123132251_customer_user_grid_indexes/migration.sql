-- CreateIndex
CREATE INDEX "CustomerUser_lastName_id_idx" ON "CustomerUser"("lastName", "id");

-- CreateIndex
CREATE INDEX "CustomerUser_firstName_id_idx" ON "CustomerUser"("firstName", "id");

-- CreateIndex
CREATE INDEX "CustomerUser_email_id_idx" ON "CustomerUser"("email", "id");

-- CreateIndex
CREATE INDEX "CustomerUser_createdAt_id_idx" ON "CustomerUser"("createdAt", "id");
