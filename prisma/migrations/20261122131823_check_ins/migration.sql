-- CreateEnum
CREATE TYPE "HouseholdStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('DRAFT', 'CONFIRMED', 'CORRECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "VisitAction" AS ENUM ('CREATED', 'CONFIRMED', 'CORRECTED', 'WITHDRAWN', 'MERGED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('PHOTO', 'LOCATION', 'FILE');

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "nicknames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "village" TEXT NOT NULL DEFAULT '',
    "township" TEXT NOT NULL DEFAULT '',
    "membersCount" INTEGER NOT NULL DEFAULT 1,
    "status" "HouseholdStatus" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" TEXT NOT NULL,
    "helperId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE,
    "visitDaysTarget" INTEGER NOT NULL DEFAULT 15,
    "fundsYuanTarget" INTEGER NOT NULL DEFAULT 2000,

    CONSTRAINT "Pairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitRecord" (
    "id" TEXT NOT NULL,
    "pairingId" TEXT,
    "helperId" TEXT NOT NULL,
    "visitDate" DATE,
    "durationMinutes" INTEGER,
    "fundsYuan" DECIMAL(12,2),
    "activities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "status" "VisitStatus" NOT NULL DEFAULT 'DRAFT',
    "draftKey" TEXT NOT NULL,
    "sourceMessageIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "VisitRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitRevision" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "action" "VisitAction" NOT NULL,
    "byPersonId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceMessageId" TEXT NOT NULL,

    CONSTRAINT "VisitRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitEvidence" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "attachmentName" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "address" TEXT,
    "sourceMessageId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Household_code_key" ON "Household"("code");

-- CreateIndex
CREATE INDEX "Pairing_helperId_idx" ON "Pairing"("helperId");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_helperId_householdId_periodStart_key" ON "Pairing"("helperId", "householdId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "VisitRecord_draftKey_key" ON "VisitRecord"("draftKey");

-- CreateIndex
CREATE INDEX "VisitRecord_pairingId_visitDate_idx" ON "VisitRecord"("pairingId", "visitDate");

-- CreateIndex
CREATE INDEX "VisitRecord_helperId_status_idx" ON "VisitRecord"("helperId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VisitRevision_visitId_revision_key" ON "VisitRevision"("visitId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "VisitRevision_sourceMessageId_action_key" ON "VisitRevision"("sourceMessageId", "action");

-- CreateIndex
CREATE UNIQUE INDEX "VisitEvidence_sourceMessageId_key" ON "VisitEvidence"("sourceMessageId");

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_helperId_fkey" FOREIGN KEY ("helperId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRecord" ADD CONSTRAINT "VisitRecord_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRevision" ADD CONSTRAINT "VisitRevision_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "VisitRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitEvidence" ADD CONSTRAINT "VisitEvidence_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "VisitRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

