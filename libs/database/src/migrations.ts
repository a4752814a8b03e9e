import { migrations as auditMigrations } from '@zdm/audit/migrations';
import { migrations as authMigrations } from '@zdm/auth/migrations';
import { migrations as agentMigrations } from '@zdm/agents/migrations';
import { migrations as imageMigrations } from '@zdm/images/migrations';
import { migrations as inventoryMigrations } from '@zdm/inventory/migrations';
import { migrations as jobMigrations } from '@zdm/jobs/migrations';
import { migrations as runMigrations } from '@zdm/runs/migrations';
import { migrations as scheduleMigrations } from '@zdm/schedules/migrations';

/** Every domain's migrations (TypeORM runs them in timestamp order). */
export const allMigrations = [
  ...inventoryMigrations,
  ...scheduleMigrations,
  ...jobMigrations,
  ...imageMigrations,
  ...auditMigrations,
  ...authMigrations,
  ...runMigrations,
  ...agentMigrations,
];
