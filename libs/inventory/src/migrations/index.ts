import { CreateInventory1732000001000 } from './1732000001000-create-inventory';
import { AddUserRoles1764000300000 } from './1764000300000-add-user-roles';
import { ReportPathUnsafeInventoryNames1765000150000 } from './1765000150000-report-path-unsafe-inventory-names';

export const migrations = [
  CreateInventory1732000001000,
  AddUserRoles1764000300000,
  ReportPathUnsafeInventoryNames1765000150000,
];
