-- CreateIndex
CREATE INDEX "CustomerUser_lockedUntil_idx" ON "CustomerUser"("lockedUntil");
