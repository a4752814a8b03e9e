import { CreateInventory1732000001000 } from './1732000001000-create-inventory';

export const migrations = [CreateInventory1732000001000];
