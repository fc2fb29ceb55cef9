-- CreateIndex
CREATE INDEX "CustomerUser_passwordStatus_idx" ON "CustomerUser"("passwordStatus");

-- CreateIndex
CREATE INDEX "CustomerUser_locked_idx" ON "CustomerUser"("locked");
