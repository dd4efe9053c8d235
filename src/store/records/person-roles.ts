import type { Role } from '../../dialogue/ports.js';
import type { Role as DbRole } from '../generated/prisma/enums.js';

export const ROLE_FROM_DB = {
  PARENT: 'parent',
  HELPER: 'helper',
  UNIT_CONTACT: 'unit_contact',
  OFFICE_ADMIN: 'office_admin',
} as const satisfies Record<DbRole, Role>;

export const ROLE_TO_DB = {
  parent: 'PARENT',
  helper: 'HELPER',
  unit_contact: 'UNIT_CONTACT',
  office_admin: 'OFFICE_ADMIN',
} as const satisfies Record<Role, DbRole>;
