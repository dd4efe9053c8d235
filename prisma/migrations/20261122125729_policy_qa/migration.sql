-- CreateEnum
CREATE TYPE "OpenQuestionStatus" AS ENUM ('OPEN', 'ANSWERED');

-- CreateTable
CREATE TABLE "PolicyFact" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "sourceDocument" TEXT NOT NULL,
    "sourceSection" TEXT NOT NULL,
    "scopeLevel" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenQuestion" (
    "id" SERIAL NOT NULL,
    "sourceMessageId" TEXT NOT NULL,
    "askerContactId" TEXT NOT NULL,
    "askerPersonId" TEXT,
    "askerName" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "roomId" TEXT,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" "OpenQuestionStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredByPersonId" TEXT,
    "answeredByContact" TEXT,
    "answerMessageId" TEXT,
    "answeredAt" TIMESTAMP(3),
    "promotedFactCode" TEXT,
    "promotionMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PolicyFact_createdAt_idx" ON "PolicyFact"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyFact_code_version_key" ON "PolicyFact"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "OpenQuestion_sourceMessageId_key" ON "OpenQuestion"("sourceMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "OpenQuestion_answerMessageId_key" ON "OpenQuestion"("answerMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "OpenQuestion_promotionMessageId_key" ON "OpenQuestion"("promotionMessageId");

-- CreateIndex
CREATE INDEX "OpenQuestion_status_createdAt_idx" ON "OpenQuestion"("status", "createdAt");

