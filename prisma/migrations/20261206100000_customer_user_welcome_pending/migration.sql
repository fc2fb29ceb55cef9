-- A welcome e-mail asked for while the account was disabled waits for the account to be enabled.
ALTER TABLE "CustomerUser" ADD COLUMN "welcomePending" BOOLEAN NOT NULL DEFAULT false;
