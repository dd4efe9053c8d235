-- CreateTable
CREATE TABLE "ConsoleAccount" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "ConsoleAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsoleSession" (
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsoleSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeChatLoginState" (
    "botName" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "accountId" TEXT,
    "accountName" TEXT,
    "qrCode" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "downSince" TIMESTAMP(3),

    CONSTRAINT "WeChatLoginState_pkey" PRIMARY KEY ("botName")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleAccount_username_key" ON "ConsoleAccount"("username");

-- CreateIndex
CREATE UNIQUE INDEX "ConsoleAccount_personId_key" ON "ConsoleAccount"("personId");

-- CreateIndex
CREATE INDEX "ConsoleSession_expiresAt_idx" ON "ConsoleSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "ConsoleAccount" ADD CONSTRAINT "ConsoleAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
