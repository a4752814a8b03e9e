import { DataSource } from 'typeorm';

/** `pg_advisory_lock` key of the migration run ("zdm" + 1; the demo seed uses + 2). */
export const MIGRATION_LOCK_KEY = 0x7a646d01;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so replicas starting together
 * on one database run them one after the other (the second finds nothing to do) instead of racing
 * (`relation "migrations" already exists`). The embedded database belongs to one process and has a
 * single session, so it runs them directly.
 */
export async function runMigrationsExclusively(dataSource: DataSource, embedded: boolean): Promise<void> {
  if (embedded) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
