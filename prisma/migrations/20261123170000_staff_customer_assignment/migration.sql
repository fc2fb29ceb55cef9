-- CreateTable
CREATE TABLE "StaffCustomerAssignment" (
    "customerUserId" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedById" TEXT,

    CONSTRAINT "StaffCustomerAssignment_pkey" PRIMARY KEY ("customerUserId")
);

-- CreateIndex
CREATE INDEX "StaffCustomerAssignment_staffUserId_assignedAt_idx" ON "StaffCustomerAssignment"("staffUserId", "assignedAt");

-- CreateIndex
CREATE INDEX "StaffCustomerAssignment_assignedById_idx" ON "StaffCustomerAssignment"("assignedById");

-- AddForeignKey
ALTER TABLE "StaffCustomerAssignment" ADD CONSTRAINT "StaffCustomerAssignment_customerUserId_fkey" FOREIGN KEY ("customerUserId") REFERENCES "CustomerUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCustomerAssignment" ADD CONSTRAINT "StaffCustomerAssignment_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCustomerAssignment" ADD CONSTRAINT "StaffCustomerAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
