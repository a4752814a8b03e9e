import { migrations as imageMigrations } from '@zdm/images/migrations';
import { migrations as inventoryMigrations } from '@zdm/inventory/migrations';
import { migrations as jobMigrations } from '@zdm/jobs/migrations';
import { migrations as scheduleMigrations } from '@zdm/schedules/migrations';

/** Every domain's migrations, in the order their timestamps give (inventory, schedules, jobs, images). */
export const allMigrations = [...inventoryMigrations, ...scheduleMigrations, ...jobMigrations, ...imageMigrations];
