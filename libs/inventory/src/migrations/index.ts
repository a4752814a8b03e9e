import { CreateInventory1732000001000 } from './1732000001000-create-inventory';
import { AddUserRoles1764000300000 } from './1764000300000-add-user-roles';

export const migrations = [CreateInventory1732000001000, AddUserRoles1764000300000];
