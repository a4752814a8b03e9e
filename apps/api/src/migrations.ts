import { agentsMigrations } from '@zdm/agents';
import { auditMigrations } from '@zdm/audit';
import { authMigrations } from '@zdm/auth';
import { imagesMigrations } from '@zdm/images';
import { inventoryMigrations } from '@zdm/inventory';
import { jobsMigrations } from '@zdm/jobs';
import { notificationsMigrations } from '@zdm/notifications';
import { recoveriesMigrations } from '@zdm/recoveries';
import { runsMigrations } from '@zdm/runs';
import { schedulesMigrations } from '@zdm/schedules';

/**
 * Every domain's migrations. Each lib keeps its own in `libs/<lib>/src/migrations/` and exports the
 * list from its index; a new lib adds its list here. TypeORM runs them in the order of the timestamp
 * in their class names (not this array's order), so a migration's timestamp is its place.
 */
export const migrations = [
  ...inventoryMigrations,
  ...schedulesMigrations,
  ...jobsMigrations,
  ...imagesMigrations,
  ...auditMigrations,
  ...authMigrations,
  ...runsMigrations,
  ...agentsMigrations,
  ...notificationsMigrations,
  ...recoveriesMigrations,
];
