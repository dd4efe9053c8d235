// Changes the console makes to a unit: its language, its room-binding codes. Each is audited.
import { newBindCode } from '../bind-codes.js';
import type { Db } from '../prisma.js';

export function createUnitAdmin(db: Db) {
  return {
    async setLanguage(code: string, language: 'zh' | 'en', by: string): Promise<boolean> {
      return db.$transaction(async (tx) => {
        const unit = await tx.unit.findUnique({ where: { code } });
        if (!unit) return false;
        if (unit.language === language) return true;
        await tx.unit.update({ where: { code }, data: { language } });
        await tx.auditLog.create({ data: { actor: by, action: 'unit.update', entity: 'Unit', entityId: code, before: { language: unit.language }, after: { language } } });
        return true;
      });
    },
    async issueBindCode(code: string, by: string): Promise<string | null> {
      return db.$transaction(async (tx) => {
        const unit = await tx.unit.findUnique({ where: { code } });
        if (!unit) return null;
        const bindCode = newBindCode('DW');
        await tx.roomBindCode.create({ data: { code: bindCode, unitId: unit.id } });
        await tx.auditLog.create({ data: { actor: by, action: 'unit.bind_code.issue', entity: 'Unit', entityId: code, after: { code: bindCode } } });
        return bindCode;
      });
    },
    async revokeBindCode(unitCode: string, bindCode: string, by: string, at: Date): Promise<boolean> {
      return db.$transaction(async (tx) => {
        const { count } = await tx.roomBindCode.updateMany({ where: { code: bindCode, unit: { code: unitCode }, revokedAt: null }, data: { revokedAt: at } });
        if (count === 0) return false;
        await tx.auditLog.create({ data: { actor: by, action: 'unit.bind_code.revoke', entity: 'Unit', entityId: unitCode, before: { code: bindCode }, after: { code: bindCode, revokedAt: at.toISOString() } } });
        return true;
      });
    },
  };
}

export type UnitAdmin = ReturnType<typeof createUnitAdmin>;
