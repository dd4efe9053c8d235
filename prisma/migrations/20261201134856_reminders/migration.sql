-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('SCHEDULED', 'SENT', 'SKIPPED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "UnitResponseState" AS ENUM ('ACKNOWLEDGED', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('SCHEDULED', 'SENT', 'CANCELLED', 'SKIPPED');

-- AlterTable
ALTER TABLE "ChatRoom" ADD COLUMN     "boundBy" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "remindersPausedAt" TIMESTAMP(3),
ADD COLUMN     "remindersPausedBy" TEXT;

-- CreateTable
CREATE TABLE "RoomBindCode" (
    "code" TEXT NOT NULL,
    "unitId" TEXT,
    "forOffice" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "RoomBindCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "importedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDateChange" (
    "planId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "changedBy" TEXT NOT NULL,

    CONSTRAINT "PlanDateChange_pkey" PRIMARY KEY ("planId","subjectType","subjectCode","periodIndex")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "ruleCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unitCodes" TEXT[],
    "dates" JSONB NOT NULL,
    "nominalAt" TIMESTAMP(3) NOT NULL,
    "announceAt" TIMESTAMP(3) NOT NULL,
    "shiftedReason" TEXT,
    "status" "ReminderStatus" NOT NULL DEFAULT 'SCHEDULED',
    "round" INTEGER NOT NULL DEFAULT 1,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" TIMESTAMP(3),
    "skipReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "chatId" TEXT NOT NULL,
    "roomId" TEXT,
    "unitCode" TEXT NOT NULL,
    "mentionIds" TEXT[],
    "text" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitResponse" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "state" "UnitResponseState" NOT NULL,
    "reminderId" TEXT,
    "messageId" TEXT NOT NULL,
    "byContactId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationStep" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "EscalationStatus" NOT NULL DEFAULT 'SCHEDULED',
    "doneAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "EscalationStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_code_year_key" ON "Plan"("code", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_status_announceAt_idx" ON "Reminder"("status", "announceAt");

-- CreateIndex
CREATE INDEX "Reminder_planId_subjectType_subjectCode_periodIndex_idx" ON "Reminder"("planId", "subjectType", "subjectCode", "periodIndex");

-- CreateIndex
CREATE INDEX "ReminderDelivery_chatId_queuedAt_idx" ON "ReminderDelivery"("chatId", "queuedAt");

-- CreateIndex
CREATE INDEX "ReminderDelivery_unitCode_queuedAt_idx" ON "ReminderDelivery"("unitCode", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_reminderId_round_chatId_key" ON "ReminderDelivery"("reminderId", "round", "chatId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitResponse_messageId_key" ON "UnitResponse"("messageId");

-- CreateIndex
CREATE INDEX "UnitResponse_planId_subjectType_subjectCode_periodIndex_uni_idx" ON "UnitResponse"("planId", "subjectType", "subjectCode", "periodIndex", "unitCode");

-- CreateIndex
CREATE INDEX "EscalationStep_status_dueAt_idx" ON "EscalationStep"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationStep_planId_subjectType_subjectCode_periodIndex_u_key" ON "EscalationStep"("planId", "subjectType", "subjectCode", "periodIndex", "unitCode", "step");

-- AddForeignKey
ALTER TABLE "RoomBindCode" ADD CONSTRAINT "RoomBindCode_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDateChange" ADD CONSTRAINT "PlanDateChange_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
